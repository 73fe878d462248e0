import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO016',
  name: 'host-audit-containerd-shim-runc-v1',
  section: '1.1.16',
  role: 'containerd-shim-runc-v1',
  what: 'the containerd-shim-runc-v1 binary',
  description: 'containerd-shim-runc-v1 is the parent process of each container run through the runc v1 shim.',
});
