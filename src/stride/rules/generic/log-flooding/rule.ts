import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-GEN-014',
  name: 'log-flooding',
  category: 'denial-of-service',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'log-server' }, { inbound: { source: { internetFacing: true } } }],
  },
  title: 'An attacker can flood {{name}} until it stops recording',
  description:
    "{{name}} receives logs from internet-facing components, whose log volume an attacker controls: every request, failed login or error writes a record. A flood of them fills its disk or saturates its intake, so that it drops records or stops logging — just when the attacker's real actions should be recorded.",
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:log-integrity', 'design:rate-limiting', 'design:monitoring'],
  cwe: [400, 779],
  capec: [125],
});
