import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CLIENT } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-026',
  name: 'docker-image-embedded-secrets',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: { all: [{ tech: 'image-registry' }, { inbound: { source: DOCKER_CLIENT } }] },
  title: 'Secrets left in images pushed to {{name}} are exposed to everyone who can pull them',
  description:
    'Passwords, API keys and private keys copied into an image (through COPY, ENV, ARG or a RUN step that fetches them) stay in its layers and history even when a later layer deletes them. Everyone who can pull the image from {{name}}, which for a public repository is everyone, and every container started from it can extract them at run time; the damage reaches as far as the scope of the credentials.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-docker-1.6.0:4.10', 'design:secrets-management', 'design:image-scanning'],
  cwe: [538, 798],
  capec: [37],
  references: ['https://docs.docker.com/build/building/secrets/'],
});
