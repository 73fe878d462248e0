import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-017',
  name: 'vertical-privilege-escalation',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: {
    all: [
      { tech: ['web-application', 'api'] },
      { property: 'adminInterface', equals: true },
      {
        not: {
          any: [
            { property: 'authentication', equals: 'none' },
            { property: 'authentication', equals: 'anonymous' },
          ],
        },
      },
    ],
  },
  title: 'A regular user of {{name}} may escalate to its administrative login',
  description:
    "{{name}} serves regular users and an administrative login (admin, administrator) from the same application. An attacker who holds, or abuses, a regular user's login can reach administrative functions through missing server-side role checks, forced browsing to admin URLs, tampering with role or account-id parameters, or by guessing the passwords of well-known admin accounts — and then do what they are not authorised to do.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:authorization-checks', 'design:admin-interface-isolation', 'design:mfa'],
  cwe: [269, 285, 862],
  capec: [233, 1, 87],
  references: ['https://owasp.org/Top10/A01_2021-Broken_Access_Control/'],
});
