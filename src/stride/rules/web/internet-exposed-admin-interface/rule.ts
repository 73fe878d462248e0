import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-018',
  name: 'internet-exposed-admin-interface',
  category: 'elevation-of-privilege',
  target: 'component',
  // An application's own back office is T-WEB-017 (escalation) and T-WEB-002 (password attacks).
  appliesTo: {
    all: [
      { property: 'adminInterface', equals: true },
      { internetFacing: true },
      { not: { tech: ['web-application', 'api'] } },
      { not: { kind: ['actor', 'external'] } },
      {
        not: {
          any: [
            { property: 'authentication', equals: 'mfa' },
            { property: 'authentication', equals: 'sso' },
            { property: 'authentication', equals: 'certificate' },
          ],
        },
      },
    ],
  },
  title: 'The management interface of {{name}} is reachable from the internet',
  description:
    '{{name}} exposes its administrative console or API to the internet, protected at most by a single factor. Anyone can attack it: guess or stuff administrator passwords, exploit vulnerabilities in the console itself (often less hardened than the service), or abuse a missing authentication check. Whoever gets in controls {{name}} and everything that passes through it.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:admin-interface-isolation', 'design:mfa', 'design:no-default-credentials'],
  cwe: [284, 1327],
  capec: [1, 560],
});
