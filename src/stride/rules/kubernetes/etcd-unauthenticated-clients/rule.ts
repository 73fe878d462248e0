import { defineThreatRule } from '../../../rule.js';
import { ANONYMOUS_ALLOWED, SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-009',
  name: 'etcd-unauthenticated-clients',
  category: 'spoofing',
  target: 'component',
  appliesTo: { all: [{ tech: 'etcd' }, SELF_MANAGED, ANONYMOUS_ALLOWED] },
  title: '{{name}} accepts clients without certificates, so anyone who reaches it can pose as the API server',
  description:
    'etcd stores all the configuration data of the cluster and, by default (--client-cert-auth=false), serves any client that connects. {{name}} does not declare client authentication, so any process that reaches its client port can impersonate kube-apiserver and read or rewrite every object, Secrets included, bypassing Kubernetes authentication, authorization, admission and audit.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:2.1',
    'cis-kubernetes-1.12.0:2.2',
    'cis-kubernetes-1.12.0:2.3',
    'cis-kubernetes-1.12.0:2.7',
    'cis-kubernetes-1.12.0:1.2.23',
    'design:network-segmentation',
  ],
  cwe: [306],
  capec: [151, 115],
  references: ['https://etcd.io/docs/v3.5/op-guide/security/'],
});
