import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO007',
  name: 'host-audit-docker-service',
  section: '1.1.7',
  role: 'docker.service',
  what: 'the docker.service unit',
  description:
    "The docker.service unit is dockerd's command line under systemd. The unit file is the one systemd loads (the first of /etc/systemd/system, /run/systemd/system, /usr/lib/systemd/system, /lib/systemd/system that has it), and it is only judged when systemd runs: an unused unit file on a host without systemd is skipped (docker-bench judges it anyway).",
});
