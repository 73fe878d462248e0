import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM, SENSITIVE } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-006',
  name: 'missing-audit-logging',
  category: 'repudiation',
  target: 'component',
  // Components with an administrative interface get T-WEB-011 instead, which names the admin actions.
  appliesTo: {
    all: [
      { kind: ['process', 'service', 'datastore'] },
      { stores: SENSITIVE },
      { not: { property: 'auditLogging', equals: true } },
      { not: { property: 'adminInterface', equals: true } },
      { not: { outbound: { target: { tech: 'log-server' } } } },
      { not: CONTAINER_PLATFORM },
    ],
  },
  title: 'Access to the sensitive data in {{name}} is not audit-logged',
  description:
    '{{name}} keeps sensitive data, does not claim audit logging and sends nothing to a log server. When records are read, exported, changed or deleted, nobody can establish who did it and when: a user, administrator or intruder can deny the action, and a breach goes unnoticed.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:audit-logging', 'design:monitoring'],
  cwe: [778],
  capec: [],
});
