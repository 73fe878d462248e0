import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-024',
  name: 'kubelet-direct-api-unaudited',
  category: 'repudiation',
  target: 'component',
  appliesTo: { all: [{ tech: 'kubelet' }, { inbound: { source: { not: { tech: 'kube-apiserver' } } } }] },
  title: 'Calls made directly to {{name}} bypass the audit log of the API server',
  description:
    'Clients other than kube-apiserver call {{name}} directly. Their requests — metrics scrapes, but just as well exec, logs or pod listings — never reach the API server audit log, and the kubelet keeps no audit trail of its own, so actions taken through its API cannot be attributed unless Webhook authorization turns each one into a SubjectAccessReview that the API server records.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: [
    'cis-kubernetes-1.12.0:4.2.2',
    'cis-kubernetes-1.12.0:3.2.2',
    'cis-kubernetes-1.12.0:5.1.10',
    'design:monitoring',
  ],
  cwe: [778],
  capec: [],
});
