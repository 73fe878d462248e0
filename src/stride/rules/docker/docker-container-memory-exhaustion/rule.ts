import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-017',
  name: 'docker-container-memory-exhaustion',
  category: 'denial-of-service',
  target: 'component',
  appliesTo: { all: [DOCKER_CONTAINER, { not: { property: 'memoryLimit', equals: true } }] },
  title: '{{name}} has no memory limit and can starve the host and its other containers',
  description:
    "By default a container can use all of the memory on the host. A leak, a load spike or an attacker inside {{name}} can over-allocate memory until the kernel's OOM killer ends processes, other containers and the Docker daemon among them, so that one container takes down every service on the host. CPU shares and the number of processes (a fork bomb) are unlimited by default too.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-docker-1.6.0:5.11', 'cis-docker-1.6.0:5.12', 'cis-docker-1.6.0:5.29', 'design:resource-limits'],
  cwe: [770, 400],
  capec: [130],
  references: ['https://docs.docker.com/engine/containers/resource_constraints/'],
});
