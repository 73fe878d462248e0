import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-013',
  name: 'datastore-resource-exhaustion',
  category: 'denial-of-service',
  target: 'component',
  appliesTo: {
    all: [
      { kind: 'datastore' },
      { tech: 'database' },
      { inbound: { source: { internetFacing: true } } },
      { not: CONTAINER_PLATFORM },
    ],
  },
  title: 'Requests from the internet can exhaust {{name}}',
  description:
    '{{name}} runs queries on behalf of internet-facing components, so the internet decides how much work it does. A flood of requests, or a few deliberately expensive ones (unbounded searches, huge pages, lock-holding transactions), exhausts its connections, CPU, memory or locks, and the whole service goes down with it.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:database-query-limits', 'design:rate-limiting', 'design:resource-limits'],
  cwe: [400, 770],
  capec: [130],
});
