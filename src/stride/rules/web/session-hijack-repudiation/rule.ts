import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-009',
  name: 'session-hijack-repudiation',
  category: 'repudiation',
  target: 'flow',
  appliesTo: {
    all: [
      { encrypted: false },
      { protocol: ['http', 'ws'] },
      { carries: 'credentials' },
      { any: [{ fromInternet: true }, { crossesBoundary: true }] },
    ],
  },
  title:
    'Sessions hijacked from plaintext {{protocol}} to {{to}} let an attacker act as users, who can then deny their actions',
  description:
    "{{name}} carries session cookies or credentials without encryption. An attacker who intercepts or spoofs this traffic takes control of a user's session and acts in their name: places orders, changes account details, makes fraudulent transactions. The records attribute those actions to the user, so the user can repudiate real actions and the attacker's fraudulent ones cannot be told apart from them.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:tls', 'design:secure-session', 'design:transaction-signing', 'design:audit-logging'],
  cwe: [614, 319],
  capec: [102, 593],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html'],
});
