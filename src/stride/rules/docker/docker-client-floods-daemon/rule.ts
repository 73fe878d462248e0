import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CLIENT } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-005',
  name: 'docker-client-floods-daemon',
  category: 'denial-of-service',
  target: 'component',
  appliesTo: { all: [{ tech: 'docker-daemon' }, { inbound: { source: DOCKER_CLIENT } }] },
  title: 'Excessive API traffic from Docker clients can overwhelm {{name}}',
  description:
    "Every docker command is an API call that {{name}} serves as root, and the daemon applies no rate or concurrency limit of its own. A compromised or misbehaving client (a runaway script, a loop of builds or pulls, thousands of containers started at once), often on the same machine, can exhaust the daemon's memory, file descriptors or disk and crash it; without live restore, a daemon crash stops every container on the host.",
  likelihood: 'low',
  impact: 'high',
  mitigations: ['cis-docker-1.6.0:2.15', 'cis-docker-1.6.0:1.1.2', 'design:rate-limiting', 'design:monitoring'],
  cwe: [400, 770],
  capec: [125],
  references: ['https://docs.docker.com/engine/daemon/live-restore/'],
});
