import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO011',
  name: 'host-audit-daemon-json',
  section: '1.1.11',
  role: 'daemon.json',
  what: 'daemon.json',
  description:
    'daemon.json configures the daemon. It is the file dockerd reads: `--config-file`, else /etc/docker/daemon.json (~/.config/docker/daemon.json for a rootless daemon).',
});
