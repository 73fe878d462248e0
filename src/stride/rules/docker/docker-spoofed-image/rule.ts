import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CONTAINER, PUBLIC_REGISTRY } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-022',
  name: 'docker-spoofed-image',
  category: 'spoofing',
  target: 'component',
  appliesTo: {
    any: [
      {
        all: [
          { tech: 'docker-daemon' },
          {
            any: [
              { property: 'publicImages', equals: true },
              { outbound: { target: PUBLIC_REGISTRY } },
              { inbound: { source: PUBLIC_REGISTRY } },
            ],
          },
        ],
      },
      // A model without a daemon (for example one inferred from docker-compose) gives the threat to the container.
      {
        all: [
          DOCKER_CONTAINER,
          { property: 'publicImages', equals: true },
          { not: { modelHas: { tech: 'docker-daemon' } } },
        ],
      },
    ],
  },
  title: '{{name}} can be fooled into running a spoofed or typosquatted public image',
  description:
    "Anyone can publish to a public registry. Attackers upload images whose names imitate popular ones (a typo, a look-alike organisation, an abandoned name) with cryptominers or backdoors hidden in their layers or libraries, and an image name or tag says nothing about who built it. Without Docker Content Trust, which verifies the publisher's signature, or a pinned digest compared with the publisher's, {{name}} runs whatever the name resolves to.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-docker-1.6.0:4.5',
    'cis-docker-1.6.0:4.2',
    'design:image-signing',
    'design:digest-pinning',
    'design:trusted-registry',
  ],
  cwe: [494, 345],
  capec: [630, 691],
  references: ['https://docs.docker.com/engine/security/trust/'],
});
