import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-015',
  name: 'docker-sidecar-namespace-spoofing',
  category: 'spoofing',
  target: 'component',
  appliesTo: { all: [DOCKER_CONTAINER, { property: 'sharesNamespaceWith' }] },
  title: '{{name}} shares the namespaces of another container and can impersonate it',
  description:
    "A sidecar started with --network, --pid or --ipc set to container:<primary> shares the namespaces of the primary container: it has the same IP address and ports, sees its processes and can signal or trace them. A compromised or malicious {{name}} can therefore bind the primary's ports first, answer in its place or inject into its processes, and the rest of the system cannot tell the two apart; the isolation between the containers is gone.",
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:namespace-isolation', 'cis-docker-1.6.0:5.4', 'design:image-signing'],
  cwe: [653],
  capec: [151],
  references: ['https://docs.docker.com/engine/network/#container-networks'],
});
