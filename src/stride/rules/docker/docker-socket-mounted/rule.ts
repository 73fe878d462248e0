import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-020',
  name: 'docker-socket-mounted',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: { all: [DOCKER_CONTAINER, { property: 'mountsDockerSocket', equals: true }] },
  title: '{{name}} mounts the Docker socket and can take over the host',
  description:
    "/var/run/docker.sock inside {{name}} is the full Docker API of the host. Any process in the container can start a new privileged container with the host's root file system mounted, stop or change every other container and read their environment and secrets: a compromise of {{name}} is a compromise of the host.",
  likelihood: 'high',
  impact: 'high',
  mitigations: ['cis-docker-1.6.0:5.32', 'cis-docker-1.6.0:2.12', 'cis-docker-1.6.0:3.15', 'cis-docker-1.6.0:3.16'],
  cwe: [250, 668],
  capec: [],
  references: ['https://docs.docker.com/engine/security/protect-access/'],
});
