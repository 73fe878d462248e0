import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-001',
  name: 'plaintext-http-spoofing',
  category: 'spoofing',
  target: 'flow',
  appliesTo: {
    all: [
      { encrypted: false },
      { protocol: ['http', 'ws'] },
      { any: [{ fromInternet: true }, { crossesBoundary: true }] },
    ],
  },
  title: 'Plaintext {{protocol}} on port {{port}} lets an attacker intercept and spoof traffic to {{to}}',
  description:
    '{{name}} carries {{protocol}} on port {{port}} without encryption across a trust boundary. An attacker on the path can read, replay or alter the traffic and impersonate either end (for example, serve a fake page or inject responses), leading to spoofing of the traffic between {{from}} and {{to}}.',
  likelihood: 'high',
  impact: 'medium',
  mitigations: ['design:tls', 'design:secure-session'],
  cwe: [319, 300],
  capec: [94, 157],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html'],
});
