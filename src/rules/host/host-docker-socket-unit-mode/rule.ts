import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO022',
  name: 'host-docker-socket-unit-mode',
  section: '3.4',
  role: 'docker.socket',
  what: 'The docker.socket unit',
  max: 0o644,
  description:
    'The docker.socket unit decides where, and with which owner and mode, the API socket is created for a socket-activated dockerd. The unit file is the one systemd loads, and only when systemd runs.',
  remediation: 'Run chmod 644 on the unit file (systemctl show -p FragmentPath docker.socket) (or stricter).',
  stride: ['tampering', 'elevation-of-privilege'],
});
