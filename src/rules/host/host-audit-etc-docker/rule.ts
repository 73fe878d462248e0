import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO006',
  name: 'host-audit-etc-docker',
  section: '1.1.6',
  role: 'etc-docker',
  what: '/etc/docker',
  description:
    "/etc/docker holds daemon.json, the TLS material and the registry certificates: changes to it change what the daemon trusts. (For a rootless daemon, the user's ~/.config/docker.)",
});
