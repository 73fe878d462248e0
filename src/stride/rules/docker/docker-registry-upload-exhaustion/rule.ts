import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CLIENT } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-027',
  name: 'docker-registry-upload-exhaustion',
  category: 'denial-of-service',
  target: 'component',
  // A registry operated by someone else (Docker Hub, a managed cloud registry) enforces its own limits.
  appliesTo: {
    all: [
      { tech: 'image-registry' },
      { not: { tech: 'docker-hub' } },
      { not: { property: 'managed', equals: true } },
      { any: [{ inbound: { source: DOCKER_CLIENT } }, { internetFacing: true }] },
    ],
  },
  title: 'Uploads of unrestricted size can exhaust {{name}}',
  description:
    'Docker Distribution, the registry behind most self-hosted registries, does not by itself restrict the amount of content a user may upload: versions before 2.6.2 read manifests of any size into memory (CVE-2017-11468), and no version has per-user storage quotas. A remote user, or a stolen push credential, can fill the storage or memory of {{name}} with huge or endless layers and manifests, and every pull and push, deployments included, fails until an operator cleans up.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:registry-quotas', 'design:rate-limiting', 'design:patching', 'design:monitoring'],
  cwe: [770, 400],
  capec: [130],
  references: ['https://nvd.nist.gov/vuln/detail/CVE-2017-11468'],
});
