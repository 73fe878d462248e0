import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO018',
  name: 'host-audit-runc',
  section: '1.1.18',
  role: 'runc',
  what: 'the runc binary',
  description:
    "runc creates every container's namespaces and cgroups as root. The binary is the `runc` runtime path `docker info` reports when it is absolute, else the first runc on the usual PATH.",
});
