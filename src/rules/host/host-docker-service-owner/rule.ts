import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO019',
  name: 'host-docker-service-owner',
  section: '3.1',
  role: 'docker.service',
  what: 'The docker.service unit',
  group: 'root',
  description:
    "The docker.service unit is dockerd's command line under systemd: whoever can change it decides how the root daemon starts (`-H tcp://0.0.0.0:2375`, `--authorization-plugin` removed). The unit file is the one systemd loads, and only when systemd runs; on a host without systemd, an unused unit file is skipped (docker-bench judges it anyway).",
  remediation: 'Run chown root:root on the unit file (systemctl show -p FragmentPath docker.service).',
  stride: ['tampering', 'elevation-of-privilege'],
});
