import { defineThreatRule } from '../../../rule.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-035',
  name: 'pod-unverified-image',
  category: 'tampering',
  target: 'component',
  appliesTo: { all: [WORKLOAD, { property: 'publicImages', equals: true }] },
  title: 'Images of {{name}} come from public registries without verified provenance and can be tampered with',
  description:
    '{{name}} runs images pulled from public registries. A typosquatted or backdoored image, a compromised upstream or a moved tag puts an attacker’s code inside the cluster, where it runs with the service account and network access of the pod — supply-chain tampering that reaches every organisation that uses the image.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:5.5.1',
    'design:image-signing',
    'design:digest-pinning',
    'design:trusted-registry',
    'design:image-scanning',
  ],
  cwe: [494, 829],
  capec: [439, 538],
});
