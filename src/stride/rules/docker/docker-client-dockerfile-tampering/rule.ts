import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-DKR-002',
  name: 'docker-client-dockerfile-tampering',
  category: 'tampering',
  target: 'component',
  appliesTo: {
    all: [
      { tech: 'docker-client' },
      { any: [{ outbound: { target: { tech: 'docker-daemon' } } }, { stores: 'code' }] },
    ],
  },
  title: 'An attacker in control of {{name}} can tamper with the Dockerfiles that images are built from',
  description:
    "Whoever controls {{name}} controls what goes into the images it builds: an extra RUN step, a swapped FROM line or a backdoored file in the build context ends up in every container started from the image, and nothing in the image shows that the change did not come from its author. The machine running the client is often an engineer's workstation, exposed to malware that can control it remotely.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'design:reviewed-image-builds',
    'design:endpoint-protection',
    'design:image-signing',
    'cis-docker-1.6.0:4.12',
  ],
  cwe: [345, 506],
  capec: [444],
});
