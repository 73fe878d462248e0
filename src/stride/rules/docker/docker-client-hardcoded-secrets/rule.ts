import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-DKR-004',
  name: 'docker-client-hardcoded-secrets',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: {
    all: [
      { tech: 'docker-client' },
      {
        any: [
          { handles: ['credentials', 'secret'] },
          { stores: 'code' },
          // `docker login` writes the registry credentials to ~/.docker/config.json.
          { outbound: { target: { tech: 'image-registry' } } },
        ],
      },
    ],
  },
  title: 'Secrets hardcoded in configuration files or Dockerfiles on {{name}} can leak',
  description:
    '{{name}} keeps secrets in files: docker login stores registry credentials only base64-encoded in ~/.docker/config.json unless a credential helper is configured, client TLS keys sit in ~/.docker, and passwords or tokens written into Dockerfiles, compose files or ENV and ARG lines travel with the build context and stay in image layers and history. Malware on the machine, a backup or a pushed repository exposes them.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-docker-1.6.0:4.10', 'design:secrets-management', 'design:endpoint-protection'],
  cwe: [798, 260, 522],
  capec: [37],
  references: ['https://docs.docker.com/reference/cli/docker/login/#credential-stores'],
});
