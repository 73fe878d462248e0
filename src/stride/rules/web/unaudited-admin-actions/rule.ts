import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-011',
  name: 'unaudited-admin-actions',
  category: 'repudiation',
  target: 'component',
  appliesTo: {
    all: [
      { property: 'adminInterface', equals: true },
      { not: { property: 'auditLogging', equals: true } },
      { not: { kind: ['actor', 'external'] } },
    ],
  },
  title: 'Changes made through the administrative interface of {{name}} cannot be attributed',
  description:
    '{{name}} has an administrative login and does not claim audit logging. An administrator, or an attacker using an admin account, can change prices, users, permissions or configuration and later deny it: there is no record of who did what, when and from where.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:audit-logging', 'design:log-integrity'],
  cwe: [778],
  capec: [],
});
