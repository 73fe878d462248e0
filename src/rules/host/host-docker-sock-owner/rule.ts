import { ownerRule } from '../files.js';

export default ownerRule({
  id: 'HO033',
  name: 'host-docker-sock-owner',
  section: '3.15',
  role: 'docker.sock',
  what: 'The Docker API socket',
  group: 'docker',
  description:
    "Whoever can write to the API socket is root on the host. The sockets judged are those the daemon really listens on (`-H unix://…`, `hosts` in daemon.json, the docker.socket unit's ListenStream for `fd://`, /var/run/docker.sock by default), not a fixed /var/run/docker.sock; the expected group is the one dockerd gives the socket (`--group`, docker by default), and root:root is stricter and passes. A rootless daemon's socket belongs to its user.",
  remediation:
    'Run chown root:docker on the socket reported (for a socket-activated daemon, set SocketUser and SocketGroup in docker.socket).',
  stride: ['elevation-of-privilege', 'tampering'],
});
