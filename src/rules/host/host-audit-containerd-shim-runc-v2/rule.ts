import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO017',
  name: 'host-audit-containerd-shim-runc-v2',
  section: '1.1.17',
  role: 'containerd-shim-runc-v2',
  what: 'the containerd-shim-runc-v2 binary',
  description: 'containerd-shim-runc-v2 is the parent process of each container on current containerd releases.',
});
