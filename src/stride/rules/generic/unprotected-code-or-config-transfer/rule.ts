import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-GEN-004',
  name: 'unprotected-code-or-config-transfer',
  category: 'tampering',
  target: 'flow',
  appliesTo: {
    all: [{ encrypted: false }, { carries: ['code', 'configuration'] }, { crossesBoundary: true }],
  },
  title: 'Code or configuration sent to {{to}} over unencrypted {{protocol}} can be altered on the way',
  description:
    "{{name}} delivers {{data}} from {{from}} to {{to}} across a trust boundary without a protected channel. An attacker in the path can replace or modify it in transit, so that {{to}} runs the attacker's code or configuration with its own privileges.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:tls', 'design:artifact-integrity', 'design:image-signing'],
  cwe: [494, 924],
  capec: [94],
});
