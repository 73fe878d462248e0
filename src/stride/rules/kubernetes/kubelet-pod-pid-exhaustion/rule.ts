import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-025',
  name: 'kubelet-pod-pid-exhaustion',
  category: 'denial-of-service',
  target: 'component',
  appliesTo: { all: [{ tech: 'kubelet' }, SELF_MANAGED] },
  title: 'One pod can exhaust the process IDs of the node that {{name}} runs',
  description:
    'Kubernetes sets no limit on the processes of a pod unless the kubelet is given podPidsLimit (--pod-max-pids). On the node of {{name}}, one container — a fork bomb, or a crypto-miner spawning workers — can use up every process ID, after which the kubelet, the container runtime and the other pods of the node can no longer start processes.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['cis-kubernetes-1.12.0:4.2.13', 'design:resource-limits'],
  cwe: [770],
  capec: [130],
  references: ['https://kubernetes.io/docs/concepts/policy/pid-limiting/'],
});
