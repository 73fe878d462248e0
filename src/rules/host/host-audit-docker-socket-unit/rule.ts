import { auditedRule } from '../audited.js';

export default auditedRule({
  id: 'HO009',
  name: 'host-audit-docker-socket-unit',
  section: '1.1.9',
  role: 'docker.socket',
  what: 'the docker.socket unit',
  description:
    'The docker.socket unit decides where and with which owner the API socket is created when dockerd is socket-activated (`-H fd://`). It is only judged when systemd runs.',
});
