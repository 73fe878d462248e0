import { defineThreatRule } from '../../../rule.js';
import { ROOT_DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-007',
  name: 'dockerfile-without-user',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: ROOT_DOCKER_CONTAINER,
  title: '{{name}} runs as root because its Dockerfile specifies no user',
  description:
    "When a Dockerfile has no USER instruction and the container is started without --user, the process in {{name}} runs as root (uid 0). Root in the container is root for the host kernel unless user namespaces remap it, keeps Docker's default capabilities and owns every file in the container, so any flaw in the application hands the attacker the strongest starting point for a container escape.",
  likelihood: 'high',
  impact: 'medium',
  mitigations: ['cis-docker-1.6.0:4.1', 'cis-docker-1.6.0:2.9', 'cis-docker-1.6.0:5.24'],
  cwe: [250],
  capec: [69],
  references: ['https://docs.docker.com/reference/dockerfile/#user'],
});
