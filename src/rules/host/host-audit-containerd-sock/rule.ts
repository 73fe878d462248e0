import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO008',
  name: 'host-audit-containerd-sock',
  section: '1.1.8',
  role: 'containerd.sock',
  what: 'the containerd socket',
  description:
    "Whoever can write to containerd's socket controls every container. The socket is the one dockerd really uses: `--containerd`, else the socket of the containerd it started (from that process's command line), else /run/containerd/containerd.sock when it exists, else `<exec-root>/containerd/containerd.sock`.",
});
