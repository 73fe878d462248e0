import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO015',
  name: 'host-audit-containerd-shim',
  section: '1.1.15',
  role: 'containerd-shim',
  what: 'the containerd-shim binary',
  description: 'containerd-shim (the v1 shim of older containerd releases) is the parent process of each container.',
});
