import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-002',
  name: 'cleartext-authentication',
  category: 'spoofing',
  target: 'flow',
  // Plain HTTP is T-WEB-001's: one spoofing threat per flow is enough.
  appliesTo: {
    all: [
      { any: [{ authenticated: true }, { carries: ['credentials', 'secret'] }] },
      { encrypted: false },
      { crossesBoundary: true },
      { not: { protocol: ['http', 'ws'] } },
      { not: { target: CONTAINER_PLATFORM } },
    ],
  },
  title: 'Credentials that {{from}} sends to {{to}} cross a trust boundary in cleartext and can be replayed',
  description:
    '{{from}} authenticates to {{to}} over {{protocol}} without encryption. A password, token or API key captured anywhere on the path lets an attacker log in to {{to}} as {{from}} later (capture and replay), with all the access {{from}} has.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:tls', 'design:mutual-tls', 'design:short-lived-credentials'],
  cwe: [523, 294],
  capec: [158, 560],
});
