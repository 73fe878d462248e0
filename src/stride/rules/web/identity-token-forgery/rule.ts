import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-004',
  name: 'identity-token-forgery',
  category: 'spoofing',
  target: 'component',
  appliesTo: {
    all: [
      { tech: ['web-application', 'api'] },
      {
        any: [
          { outbound: { target: { tech: 'identity-provider' } } },
          { inbound: { source: { tech: 'identity-provider' } } },
        ],
      },
    ],
  },
  title: '{{name}} can be made to accept forged or misdirected identity tokens',
  description:
    "{{name}} delegates login to an identity provider and trusts the tokens it is given. Unless it verifies the signature with the provider's published keys and a pinned algorithm (no `alg: none`, no RS256/HS256 confusion) and checks issuer, audience, expiry and nonce, an attacker can forge a token, or replay one issued to another application, and log in as any user.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:token-validation', 'design:short-lived-credentials'],
  cwe: [347, 287],
  capec: [196],
  references: ['https://openid.net/specs/openid-connect-core-1_0.html#IDTokenValidation'],
});
