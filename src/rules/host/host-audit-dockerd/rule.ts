import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO003',
  name: 'host-audit-dockerd',
  section: '1.1.3',
  role: 'dockerd',
  what: 'the dockerd binary',
  description:
    'dockerd runs as root and controls every container: replacing or running it must leave a trace. The binary is the one the running daemon was started from (/proc/<pid>/exe), else the first dockerd on the usual PATH (Debian installs it in /usr/sbin, where docker-bench does not look).',
});
