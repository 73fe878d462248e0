import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO014',
  name: 'host-audit-containerd',
  section: '1.1.14',
  role: 'containerd',
  what: 'the containerd binary',
  description:
    'containerd runs every container for dockerd. The binary is the one the running containerd was started from, else the first containerd on the usual PATH.',
});
