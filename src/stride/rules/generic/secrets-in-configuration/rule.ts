import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-012',
  name: 'secrets-in-configuration',
  category: 'information-disclosure',
  target: 'component',
  // With a secret store in the model, secrets are assumed to come from it at run time.
  appliesTo: {
    all: [
      { kind: ['process', 'service'] },
      { stores: ['secret', 'credentials'] },
      { not: { tech: ['secret-store', 'identity-provider'] } },
      { not: CONTAINER_PLATFORM },
      { not: { modelHas: { tech: 'secret-store' } } },
    ],
  },
  title: 'Secrets held by {{name}} are kept in its configuration, where they leak',
  description:
    '{{name}} holds secrets (API keys, database passwords, signing keys) and the model has no secret store, so they live in configuration files, environment variables or source code. From there they leak through repositories, backups, support bundles, error pages and debug endpoints, are readable by everyone with access to the host, and are rarely rotated.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:secrets-management'],
  cwe: [260, 798],
  capec: [],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html'],
});
