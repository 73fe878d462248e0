import { defineThreatRule } from '../../../rule.js';
import { ROOT_DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-014',
  name: 'docker-root-without-userns',
  category: 'elevation-of-privilege',
  target: 'component',
  // The model has no property for `userns-remap`; a rootless daemon is the claim that maps container root away.
  appliesTo: {
    all: [
      { tech: 'docker-daemon' },
      { not: { property: 'rootless', equals: true } },
      { modelHas: ROOT_DOCKER_CONTAINER },
    ],
  },
  title: 'Root in a container run by {{name}} is root on the host unless user namespaces remap it',
  description:
    "Unless user namespace remapping (userns-remap) or rootless mode is configured, uid 0 inside a container started by {{name}} is uid 0 on the host. A container that runs as root because no user name is defined then needs only one kernel or runtime flaw, a writable host mount or an extra capability to act as root on the host, with access to every other container on it: the daemon's privilege is escalated through the container and isolation is broken.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-docker-1.6.0:2.9',
    'cis-docker-1.6.0:2.1',
    'cis-docker-1.6.0:4.1',
    'cis-docker-1.6.0:5.31',
    'cis-docker-1.6.0:2.14',
  ],
  cwe: [250, 269],
  capec: [],
  references: [
    'https://docs.docker.com/engine/security/userns-remap/',
    'https://docs.docker.com/engine/security/rootless/',
  ],
});
