import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-001',
  name: 'unauthenticated-datastore-access',
  category: 'spoofing',
  target: 'flow',
  // Log servers are left to T-GEN-007: unauthenticated log shipping is a repudiation problem first.
  appliesTo: {
    all: [
      { target: { kind: 'datastore' } },
      { not: { target: { tech: 'log-server' } } },
      { not: { target: CONTAINER_PLATFORM } },
      { authenticated: false },
      { crossesBoundary: true },
    ],
  },
  title: '{{to}} accepts connections from {{from}} without authentication',
  description:
    '{{name}} reaches the data store {{to}} across a trust boundary and is not declared authenticated. {{to}} cannot tell {{from}} from anyone else who can reach it: an attacker on that network connects as if they were {{from}} and reads or changes the data it holds.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:authentication-required', 'design:mutual-tls', 'design:network-segmentation'],
  cwe: [306, 287],
  capec: [151],
});
