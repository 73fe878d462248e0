import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-007',
  name: 'apiserver-request-flooding',
  category: 'denial-of-service',
  target: 'component',
  appliesTo: {
    all: [
      { tech: 'kube-apiserver' },
      SELF_MANAGED,
      {
        any: [
          { internetFacing: true },
          { inbound: { source: { any: [{ kind: ['actor', 'external'] }, { tech: 'kubernetes-workload' }] } } },
        ],
      },
    ],
  },
  title: 'Request and event floods can exhaust {{name}} and cut every node off the control plane',
  description:
    '{{name}} serves users or workloads. Without the EventRateLimit admission plugin, a request timeout and API Priority and Fairness tuned for the cluster, a compromised client, a runaway controller or an attacker can flood it with requests or events, exhaust its memory and the etcd behind it, and leave kubelets and controllers unable to reach the control plane — an outage of the whole cluster.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:1.2.9',
    'cis-kubernetes-1.12.0:1.2.20',
    'design:rate-limiting',
    'design:monitoring',
  ],
  cwe: [770, 400],
  capec: [125],
  references: ['https://kubernetes.io/docs/concepts/cluster-administration/flow-control/'],
});
