import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO035',
  name: 'host-daemon-json-owner',
  section: '3.17',
  role: 'daemon.json',
  what: 'daemon.json',
  group: 'root',
  description:
    'daemon.json configures the daemon: whoever can write to it can open the API on TCP or add an insecure registry at the next restart. It is the file dockerd reads (`--config-file`, else /etc/docker/daemon.json; ~/.config/docker/daemon.json for a rootless daemon, owned by its user).',
  remediation: 'Run chown root:root on the daemon.json reported.',
  stride: ['tampering', 'elevation-of-privilege'],
});
