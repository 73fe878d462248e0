import { modeRule } from '../files.js';

export default modeRule({
  id: 'HO036',
  name: 'host-daemon-json-mode',
  section: '3.18',
  role: 'daemon.json',
  what: 'daemon.json',
  max: 0o644,
  description:
    'daemon.json configures the daemon: whoever can write to it can open the API on TCP or add an insecure registry at the next restart. It is the file dockerd reads (`--config-file`, else /etc/docker/daemon.json; ~/.config/docker/daemon.json for a rootless daemon, owned by its user).',
  remediation: 'Run chmod 644 on the daemon.json reported (or stricter).',
  stride: ['tampering', 'elevation-of-privilege'],
});
