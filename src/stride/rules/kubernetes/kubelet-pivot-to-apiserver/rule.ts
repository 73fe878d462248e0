import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-023',
  name: 'kubelet-pivot-to-apiserver',
  category: 'elevation-of-privilege',
  target: 'component',
  // Managed control planes always run the Node authorizer and NodeRestriction, which confine a node identity to
  // the objects of its own pods.
  appliesTo: {
    all: [{ tech: 'kubelet' }, { outbound: { target: { all: [{ tech: 'kube-apiserver' }, SELF_MANAGED] } } }],
  },
  title: '{{name}} can be used as a pivot point to attack the kube-apiserver',
  description:
    'The kubelet holds credentials to the API server and receives the Secrets and service-account tokens of every pod it runs. An attacker who takes over {{name}} — through its unsecured API, a container escape or a stolen kubelet.conf — uses them against kube-apiserver: unless the Node authorizer and the NodeRestriction admission plugin confine the node identity, it can read Secrets of any namespace and modify other nodes and their pods, taking over the cluster.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:1.2.7',
    'cis-kubernetes-1.12.0:1.2.14',
    'cis-kubernetes-1.12.0:4.1.5',
    'cis-kubernetes-1.12.0:4.1.6',
    'cis-kubernetes-1.12.0:4.2.10',
    'cis-kubernetes-1.12.0:4.2.1',
    'cis-kubernetes-1.12.0:4.2.2',
  ],
  cwe: [269, 668],
  capec: [555],
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/node/'],
});
