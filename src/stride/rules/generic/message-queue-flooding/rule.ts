import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-GEN-016',
  name: 'message-queue-flooding',
  category: 'denial-of-service',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'message-queue' }, { inbound: { source: { internetFacing: true } } }],
  },
  title: 'Internet-facing producers can flood {{name}} and starve its consumers',
  description:
    '{{name}} takes messages from internet-facing components, which enqueue work for every request they receive. Without per-producer rate limits, message size limits and bounded queues, an attacker fills it faster than consumers drain it: memory or disk runs out, the broker blocks every producer, and unrelated work behind the backlog is delayed or lost.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:rate-limiting', 'design:resource-limits', 'design:monitoring'],
  cwe: [770, 400],
  capec: [125],
});
