import { defineThreatRule } from '../../../rule.js';
import { PUBLIC_REGISTRY } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-023',
  name: 'docker-image-supply-chain-tampering',
  category: 'tampering',
  target: 'component',
  appliesTo: {
    all: [
      PUBLIC_REGISTRY,
      {
        any: [
          { inbound: { source: { tech: ['docker-daemon', 'docker-client', 'ci-system'] } } },
          { outbound: { target: { tech: 'docker-daemon' } } },
        ],
      },
    ],
  },
  title: 'Images and open source libraries from {{name}} can carry injected malicious code',
  description:
    'An attacker can implant a malicious image in {{name}}, or a tampered version of a popular one, and entice organisations to build on it; or publish malicious open source libraries to popular hosted repositories that image builds install. Either way the tampered code enters the image supply chain through a base image or a dependency and runs in every container built from it. This is the biggest supply chain risk of a container platform.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-docker-1.6.0:4.2',
    'cis-docker-1.6.0:4.4',
    'cis-docker-1.6.0:4.11',
    'cis-docker-1.6.0:4.12',
    'design:image-scanning',
    'design:dependency-pinning',
    'design:trusted-registry',
  ],
  cwe: [494, 506, 1357],
  capec: [538],
});
