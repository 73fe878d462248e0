import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO024',
  name: 'host-etc-docker-mode',
  section: '3.6',
  role: 'etc-docker',
  what: '/etc/docker',
  max: 0o755,
  description:
    "/etc/docker holds daemon.json, the TLS material and the registry certificates: whoever can write to it changes what the daemon trusts and how it starts. (For a rootless daemon, the user's ~/.config/docker, owned by that user.)",
  remediation: 'Run chmod 755 on /etc/docker (or stricter).',
  stride: ['tampering'],
});
