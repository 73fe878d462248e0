import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-DKR-024',
  name: 'docker-registry-pull-mitm',
  category: 'tampering',
  target: 'flow',
  // A pull may be drawn in either direction: the daemon's request, or the image coming from the registry.
  appliesTo: {
    all: [
      { crossesBoundary: true },
      {
        any: [
          { all: [{ source: { tech: 'docker-daemon' } }, { target: { tech: 'image-registry' } }] },
          { all: [{ source: { tech: 'image-registry' } }, { target: { tech: 'docker-daemon' } }] },
        ],
      },
    ],
  },
  title: 'A man in the middle between {{from}} and {{to}} can modify the images being pulled',
  description:
    'Whoever sits between {{from}} and {{to}} (a TLS-intercepting proxy, a compromised mirror, an insecure-registries entry that allows plain HTTP, a mis-issued certificate) can serve modified manifests and layers. An image pulled by tag is accepted as long as it parses; only a pull by digest, which Docker checks against the sha256 of what it downloaded, or a signature verified with Docker Content Trust detects the change.',
  likelihood: 'low',
  impact: 'high',
  mitigations: [
    'cis-docker-1.6.0:4.5',
    'cis-docker-1.6.0:2.5',
    'cis-docker-1.6.0:3.7',
    'cis-docker-1.6.0:3.8',
    'design:digest-pinning',
    'design:image-signing',
  ],
  cwe: [494, 300],
  capec: [94],
  references: ['https://docs.docker.com/engine/security/trust/'],
});
