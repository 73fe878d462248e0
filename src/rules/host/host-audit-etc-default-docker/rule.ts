import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO010',
  name: 'host-audit-etc-default-docker',
  section: '1.1.10',
  role: 'etc-default-docker',
  what: '/etc/default/docker',
  description: "/etc/default/docker gives the init script dockerd's options (DOCKER_OPTS) on Debian-family hosts.",
});
