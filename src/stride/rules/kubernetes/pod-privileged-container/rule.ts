import { defineThreatRule } from '../../../rule.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-031',
  name: 'pod-privileged-container',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: { all: [WORKLOAD, { property: 'privileged', equals: true }] },
  title: '{{name}} runs privileged and can escape to its node',
  description:
    'A privileged container has every capability, sees all host devices and runs without seccomp or AppArmor confinement. Whoever compromises {{name}} can mount the disks of the node, load kernel modules or write to the host filesystem, and so take over the node, its kubelet credentials and every pod on it.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-kubernetes-1.12.0:5.2.2', 'cis-kubernetes-1.12.0:5.2.1', 'design:admission-control'],
  cwe: [250, 269],
  capec: [233],
});
