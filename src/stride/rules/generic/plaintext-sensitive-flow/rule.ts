import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM, SENSITIVE } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-009',
  name: 'plaintext-sensitive-flow',
  category: 'information-disclosure',
  target: 'flow',
  appliesTo: {
    all: [
      { encrypted: false },
      { carries: SENSITIVE },
      { crossesBoundary: true },
      { not: { target: CONTAINER_PLATFORM } },
    ],
  },
  title: 'Sensitive data between {{from}} and {{to}} crosses a trust boundary in cleartext',
  description:
    '{{name}} carries {{data}} from {{from}} to {{to}} over {{protocol}} without encryption. Anyone who can observe a network segment on the way — a compromised host, a mirrored switch port, a shared Wi-Fi, a provider — can read it.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:tls', 'design:mutual-tls'],
  cwe: [319],
  capec: [157, 158],
});
