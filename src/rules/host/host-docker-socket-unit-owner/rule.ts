import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO021',
  name: 'host-docker-socket-unit-owner',
  section: '3.3',
  role: 'docker.socket',
  what: 'The docker.socket unit',
  group: 'root',
  description:
    'The docker.socket unit decides where, and with which owner and mode, the API socket is created for a socket-activated dockerd. The unit file is the one systemd loads, and only when systemd runs.',
  remediation: 'Run chown root:root on the unit file (systemctl show -p FragmentPath docker.socket).',
  stride: ['tampering', 'elevation-of-privilege'],
});
