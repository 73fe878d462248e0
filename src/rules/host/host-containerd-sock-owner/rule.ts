import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO041',
  name: 'host-containerd-sock-owner',
  section: '3.23',
  role: 'containerd.sock',
  what: 'The containerd socket',
  group: 'root',
  description:
    "Whoever can write to containerd's socket controls every container, past any Docker authorization plugin. The socket is the one dockerd really uses: `--containerd`, the socket of the containerd it started, /run/containerd/containerd.sock when it exists, else `<exec-root>/containerd/containerd.sock` (docker-bench only looks at /run/containerd/containerd.sock).",
  remediation: 'Run chown root:root on the socket reported.',
  stride: ['elevation-of-privilege', 'tampering'],
});
