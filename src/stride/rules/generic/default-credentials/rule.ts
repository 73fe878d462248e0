import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-GEN-018',
  name: 'default-credentials',
  category: 'elevation-of-privilege',
  target: 'component',
  // Off-the-shelf products ship with documented default accounts; custom applications do not.
  appliesTo: {
    all: [
      { property: 'adminInterface', equals: true },
      {
        tech: [
          'load-balancer',
          'reverse-proxy',
          'web-server',
          'database',
          'cache',
          'message-queue',
          'log-server',
          'secret-store',
          'ci-system',
        ],
      },
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
  title: 'The administrative interface of {{name}} may still accept the default credentials of {{tech}}',
  description:
    '{{name}} is an off-the-shelf {{tech}} with an administrative interface protected by a password. Default and vendor accounts (admin/admin, sa with an empty password, guest/guest) are published and tried first by every scanner; one left in place gives an attacker full administrative control of {{name}}.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:no-default-credentials', 'design:admin-interface-isolation', 'design:mfa'],
  cwe: [1392, 1393],
  capec: [70],
});
