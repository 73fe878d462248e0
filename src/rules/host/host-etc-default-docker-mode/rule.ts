import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO038',
  name: 'host-etc-default-docker-mode',
  section: '3.20',
  dockerBench: '3.22',
  role: 'etc-default-docker',
  what: '/etc/default/docker',
  max: 0o644,
  description:
    "/etc/default/docker gives the init script dockerd's options (DOCKER_OPTS) on Debian-family hosts: whoever can change it decides how the daemon starts.",
  remediation: 'Run chmod 644 on /etc/default/docker (or stricter).',
  stride: ['tampering', 'elevation-of-privilege'],
});
