import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO013',
  name: 'host-audit-etc-sysconfig-docker',
  section: '1.1.13',
  role: 'etc-sysconfig-docker',
  what: '/etc/sysconfig/docker',
  description: "/etc/sysconfig/docker gives the init script dockerd's options (OPTIONS) on Red Hat-family hosts.",
});
