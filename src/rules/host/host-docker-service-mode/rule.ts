import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO020',
  name: 'host-docker-service-mode',
  section: '3.2',
  role: 'docker.service',
  what: 'The docker.service unit',
  max: 0o644,
  description:
    "The docker.service unit is dockerd's command line under systemd: whoever can change it decides how the root daemon starts (`-H tcp://0.0.0.0:2375`, `--authorization-plugin` removed). The unit file is the one systemd loads, and only when systemd runs; on a host without systemd, an unused unit file is skipped (docker-bench judges it anyway).",
  remediation: 'Run chmod 644 on the unit file (systemctl show -p FragmentPath docker.service) (or stricter).',
  stride: ['tampering', 'elevation-of-privilege'],
});
