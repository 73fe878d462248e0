import { defineThreatRule } from '../../../rule.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-030',
  name: 'pod-sidecar-namespace-spoofing',
  category: 'spoofing',
  target: 'component',
  appliesTo: { all: [WORKLOAD, { property: 'sharesNamespaceWith' }] },
  title: '{{name}} shares namespaces with another container of its pod and can spoof it',
  description:
    'A sidecar with intentional access to the namespace of the primary container (shareProcessNamespace: true, on top of the network namespace every container of a pod shares) sees and signals its processes, reads /proc/<pid>/environ and /proc/<pid>/root, and can listen on its ports. {{name}} shares namespaces with other containers, so whoever compromises one of them can impersonate the other and tamper with its isolation.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:namespace-isolation', 'cis-kubernetes-1.12.0:5.6.3', 'cis-kubernetes-1.12.0:5.2.9'],
  cwe: [653, 668],
  capec: [151, 640],
  references: ['https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/'],
});
