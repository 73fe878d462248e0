import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-012',
  name: 'etcd-direct-access-bypass',
  category: 'tampering',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'etcd' }, { inbound: { source: { not: { tech: ['kube-apiserver', 'etcd'] } } } }],
  },
  title: '{{name}} is written by clients other than the API server, bypassing authorization, admission and audit',
  description:
    'Something other than kube-apiserver and the etcd peers connects to {{name}}. Writes made directly to etcd skip RBAC, admission control and the audit log, so whoever compromises that client can silently tamper with any object of the cluster: start privileged pods, change RBAC bindings, replace Secrets.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:2.2',
    'cis-kubernetes-1.12.0:2.5',
    'cis-kubernetes-1.12.0:2.7',
    'design:network-segmentation',
  ],
  cwe: [923, 284],
  capec: [],
});
