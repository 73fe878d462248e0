import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-018',
  name: 'docker-privileged-container-breakout',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: { all: [DOCKER_CONTAINER, { property: 'privileged', equals: true }] },
  title: '{{name}} runs with --privileged, which makes a container breakout easy',
  description:
    "The --privileged flag gives {{name}} every Linux capability and access to all host devices, and lifts the seccomp, AppArmor and SELinux confinement. Anyone who gets code execution in it can mount the host's disk, load kernel modules or abuse cgroup release agents to break out of the container and act as root on the host, bypassing the isolation that namespaces provide.",
  likelihood: 'high',
  impact: 'high',
  mitigations: ['cis-docker-1.6.0:5.5', 'cis-docker-1.6.0:5.23', 'cis-docker-1.6.0:5.4'],
  cwe: [250, 269],
  capec: [],
  references: ['https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities'],
});
