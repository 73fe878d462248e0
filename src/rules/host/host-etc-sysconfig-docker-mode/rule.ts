import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO039',
  name: 'host-etc-sysconfig-docker-mode',
  section: '3.21',
  dockerBench: '3.20',
  role: 'etc-sysconfig-docker',
  what: '/etc/sysconfig/docker',
  max: 0o644,
  description:
    "/etc/sysconfig/docker gives the init script dockerd's options (OPTIONS) on Red Hat-family hosts: whoever can change it decides how the daemon starts.",
  remediation: 'Run chmod 644 on /etc/sysconfig/docker (or stricter).',
  stride: ['tampering', 'elevation-of-privilege'],
});
