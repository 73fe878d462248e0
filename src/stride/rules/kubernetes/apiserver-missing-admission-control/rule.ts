import { defineThreatRule } from '../../../rule.js';
import { BASELINE_VIOLATION, WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-004',
  name: 'apiserver-missing-admission-control',
  category: 'elevation-of-privilege',
  target: 'component',
  // A workload in the model that the baseline Pod Security Standard forbids is the evidence that admission does
  // not enforce it.
  appliesTo: { all: [{ tech: 'kube-apiserver' }, { modelHas: { all: [WORKLOAD, BASELINE_VIOLATION] } }] },
  title: '{{name}} admits pods that break the baseline Pod Security Standard, so a pod can take over its node',
  description:
    'The cluster runs privileged pods, pods that share host namespaces, add escape-prone capabilities or mount the container runtime socket, so {{name}} does not enforce pod security at admission. Anyone allowed to create a pod in such a namespace — or a tampered manifest in the deployment pipeline — can start a container that breaks out to its node.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:5.2.1',
    'cis-kubernetes-1.12.0:5.2.2',
    'cis-kubernetes-1.12.0:5.2.3',
    'cis-kubernetes-1.12.0:5.2.4',
    'cis-kubernetes-1.12.0:5.2.5',
    'cis-kubernetes-1.12.0:5.2.9',
    'cis-kubernetes-1.12.0:5.2.11',
    'cis-kubernetes-1.12.0:1.2.10',
    'design:admission-control',
  ],
  cwe: [284, 250],
  capec: [233],
  references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/'],
});
