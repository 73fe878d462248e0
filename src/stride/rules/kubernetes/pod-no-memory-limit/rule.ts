import { defineThreatRule } from '../../../rule.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-029',
  name: 'pod-no-memory-limit',
  category: 'denial-of-service',
  target: 'component',
  appliesTo: { all: [WORKLOAD, { not: { property: 'memoryLimit', equals: true } }] },
  title: '{{name}} has no memory limit and can exhaust the memory its node needs to run pods',
  description:
    'Kubernetes ships without an upper limit on the memory footprint of a container. {{name}} declares no memory limit, so a leak, a load spike or an attacker — a crypto-miner, a decompression bomb — can consume all the memory of its node, get the other pods evicted or OOM-killed and exhaust the resources needed to run them.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:resource-limits', 'design:monitoring'],
  cwe: [770, 400],
  capec: [130],
  references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
});
