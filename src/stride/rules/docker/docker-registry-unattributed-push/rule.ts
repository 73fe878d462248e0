import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CLIENT } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-025',
  name: 'docker-registry-unattributed-push',
  category: 'repudiation',
  target: 'component',
  appliesTo: {
    all: [
      { tech: 'image-registry' },
      { inbound: { source: DOCKER_CLIENT } },
      { not: { property: 'auditLogging', equals: true } },
    ],
  },
  title: 'Malicious images can be pushed to {{name}} without authorization or an attributable record',
  description:
    'Anyone holding push credentials for {{name}} (a stolen docker login token, a shared CI account, an over-broad robot account) can commit and push a malicious image or overwrite a trusted tag. Without per-user authorization, signed images and an audit log of pushes, nobody can show afterwards who pushed it, and a publisher can deny an image they did push.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: [
    'design:registry-access-control',
    'design:image-signing',
    'cis-docker-1.6.0:4.5',
    'design:audit-logging',
    'design:reviewed-image-builds',
  ],
  cwe: [778, 862],
  capec: [],
});
