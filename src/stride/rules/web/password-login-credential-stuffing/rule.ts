import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-002',
  name: 'password-login-credential-stuffing',
  category: 'spoofing',
  target: 'component',
  appliesTo: {
    all: [
      { tech: ['web-application', 'api', 'identity-provider'] },
      { internetFacing: true },
      { property: 'authentication', equals: 'password' },
    ],
  },
  title: 'Accounts on the password login of {{name}} can be taken over by credential stuffing',
  description:
    '{{name}} authenticates users from the internet with a password alone. Attackers replay username and password pairs leaked from other sites (credential stuffing), spray common passwords across many accounts and brute-force single accounts; every reused or weak password becomes an account they can use as its owner.',
  likelihood: 'high',
  impact: 'medium',
  mitigations: ['design:mfa', 'design:account-lockout', 'design:rate-limiting'],
  cwe: [307, 308],
  capec: [600, 565, 49],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Credential_Stuffing_Prevention_Cheat_Sheet.html'],
});
