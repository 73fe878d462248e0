import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO042',
  name: 'host-containerd-sock-mode',
  section: '3.24',
  role: 'containerd.sock',
  what: 'The containerd socket',
  max: 0o660,
  description:
    "Whoever can write to containerd's socket controls every container, past any Docker authorization plugin. The socket is the one dockerd really uses: `--containerd`, the socket of the containerd it started, /run/containerd/containerd.sock when it exists, else `<exec-root>/containerd/containerd.sock` (docker-bench only looks at /run/containerd/containerd.sock).",
  remediation: 'Run chmod 660 on the socket reported (or stricter).',
  stride: ['elevation-of-privilege', 'tampering'],
});
