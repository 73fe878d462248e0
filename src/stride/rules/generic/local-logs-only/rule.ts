import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-008',
  name: 'local-logs-only',
  category: 'repudiation',
  target: 'component',
  appliesTo: {
    all: [
      { kind: ['process', 'service'] },
      { internetFacing: true },
      { not: { modelHas: { tech: 'log-server' } } },
      { not: CONTAINER_PLATFORM },
    ],
  },
  title: 'The logs of internet-facing {{name}} stay on the host an intruder would control',
  description:
    'The model has no log server, so the records of {{name}}, which is exposed to the internet, are kept only where it runs. An attacker who compromises {{name}} can delete or rewrite them; their actions can then be neither traced nor proven, and a user can deny actions the logs would have shown.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:log-integrity', 'design:audit-logging', 'design:monitoring'],
  cwe: [778],
  capec: [268],
});
