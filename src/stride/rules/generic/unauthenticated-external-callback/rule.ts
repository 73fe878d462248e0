import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-GEN-003',
  name: 'unauthenticated-external-callback',
  category: 'spoofing',
  target: 'flow',
  appliesTo: {
    all: [{ source: { kind: 'external' } }, { target: { kind: ['process', 'service'] } }, { authenticated: false }],
  },
  title: '{{to}} cannot tell genuine messages from {{from}} from forged ones',
  description:
    '{{name}} delivers messages from the third-party system {{from}} (callbacks, webhooks, notifications) to {{to}} and is not declared authenticated. Anyone who can reach the endpoint can send a message that claims to come from {{from}} — for example "payment succeeded" or "refund approved" — and {{to}} acts on it.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:message-authentication', 'design:mutual-tls'],
  cwe: [345, 290],
  capec: [194],
});
