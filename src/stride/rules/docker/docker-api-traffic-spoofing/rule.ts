import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-DKR-001',
  name: 'docker-api-traffic-spoofing',
  category: 'spoofing',
  target: 'flow',
  appliesTo: {
    all: [
      { crossesBoundary: true },
      {
        any: [
          // The Docker API authenticates callers only with TLS client certificates (--tlsverify).
          { all: [{ target: { tech: 'docker-daemon' } }, { any: [{ encrypted: false }, { authenticated: false }] }] },
          // A registry reached over plain HTTP (an `insecure-registries` entry).
          {
            all: [{ source: { tech: 'docker-client' } }, { target: { tech: 'image-registry' } }, { encrypted: false }],
          },
        ],
      },
    ],
  },
  title: 'Traffic from {{from}} to {{to}} over {{protocol}} can be spoofed, or intercepted and replayed',
  description:
    '{{name}} crosses a trust boundary to {{to}} without TLS that authenticates both ends. The Docker API has no authentication of its own: unless the daemon verifies a client certificate (--tlsverify), anyone who reaches it can send commands that look as if they came from {{from}}. On a plaintext channel, such as a registry listed under insecure-registries, an attacker on the path can also read, alter and replay the commands, images and registry credentials that {{from}} sends. Whoever can speak for the client to the daemon controls every container on the host.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-docker-1.6.0:2.7', 'cis-docker-1.6.0:2.5', 'design:mutual-tls', 'design:tls'],
  cwe: [319, 294, 306],
  capec: [94, 151],
  references: ['https://docs.docker.com/engine/security/protect-access/'],
});
