import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO004',
  name: 'host-audit-containerd-state',
  section: '1.1.4',
  role: 'containerd-state',
  what: 'the containerd state directory',
  description:
    "containerd's state directory holds its sockets and the runtime state of every container. It is the directory of the containerd socket dockerd really uses: /run/containerd for the system containerd, or `<exec-root>/containerd` for the one dockerd starts itself when there is none.",
});
