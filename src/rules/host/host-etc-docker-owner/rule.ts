import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO023',
  name: 'host-etc-docker-owner',
  section: '3.5',
  role: 'etc-docker',
  what: '/etc/docker',
  group: 'root',
  description:
    "/etc/docker holds daemon.json, the TLS material and the registry certificates: whoever can write to it changes what the daemon trusts and how it starts. (For a rootless daemon, the user's ~/.config/docker, owned by that user.)",
  remediation: 'Run chown root:root on /etc/docker.',
  stride: ['tampering'],
});
