import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO040',
  name: 'host-etc-sysconfig-docker-owner',
  section: '3.22',
  dockerBench: '3.21',
  role: 'etc-sysconfig-docker',
  what: '/etc/sysconfig/docker',
  group: 'root',
  description:
    "/etc/sysconfig/docker gives the init script dockerd's options (OPTIONS) on Red Hat-family hosts: whoever can change it decides how the daemon starts.",
  remediation: 'Run chown root:root on /etc/sysconfig/docker.',
  stride: ['tampering', 'elevation-of-privilege'],
});
