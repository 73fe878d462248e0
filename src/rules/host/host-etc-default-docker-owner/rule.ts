import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO037',
  name: 'host-etc-default-docker-owner',
  section: '3.19',
  role: 'etc-default-docker',
  what: '/etc/default/docker',
  group: 'root',
  description:
    "/etc/default/docker gives the init script dockerd's options (DOCKER_OPTS) on Debian-family hosts: whoever can change it decides how the daemon starts.",
  remediation: 'Run chown root:root on /etc/default/docker.',
  stride: ['tampering', 'elevation-of-privilege'],
});
