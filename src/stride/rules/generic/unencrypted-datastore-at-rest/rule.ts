import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM, SENSITIVE } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-010',
  name: 'unencrypted-datastore-at-rest',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: {
    all: [
      { kind: 'datastore' },
      { stores: SENSITIVE },
      { not: { property: 'encryptedAtRest', equals: true } },
      { not: CONTAINER_PLATFORM },
    ],
  },
  title: 'Sensitive data in {{name}} is not encrypted at rest',
  description:
    '{{name}} stores sensitive data and does not claim encryption at rest. Whoever gets the files rather than the service — a stolen or re-used disk, a snapshot, a backup copied elsewhere, a host administrator, an attacker with file-system access — reads the data without any database credentials.',
  likelihood: 'low',
  impact: 'high',
  mitigations: ['design:encryption-at-rest', 'design:backup'],
  cwe: [311, 312],
  capec: [],
});
