import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-018',
  name: 'controller-manager-signing-key-abuse',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: { all: [{ tech: 'kube-controller-manager' }, SELF_MANAGED] },
  title: 'The service-account signing key of {{name}} lets whoever steals it mint tokens for any identity',
  description:
    'kube-controller-manager holds the service-account private key (--service-account-private-key-file), the cluster CA used to sign certificates and a kubeconfig with wide rights. An attacker who reads these files on the control-plane node or abuses {{name}} can forge service-account tokens for any identity, cluster-admin bindings included, and sign client certificates the whole cluster trusts.',
  likelihood: 'low',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:1.3.4',
    'cis-kubernetes-1.12.0:1.1.3',
    'cis-kubernetes-1.12.0:1.1.4',
    'cis-kubernetes-1.12.0:1.1.17',
    'cis-kubernetes-1.12.0:1.1.18',
    'cis-kubernetes-1.12.0:1.1.19',
    'cis-kubernetes-1.12.0:1.1.21',
  ],
  cwe: [522, 269],
  capec: [196],
});
