import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-017',
  name: 'controller-manager-shared-credentials',
  category: 'repudiation',
  target: 'component',
  appliesTo: { all: [{ tech: 'kube-controller-manager' }, SELF_MANAGED] },
  title: 'The controllers in {{name}} act under one shared identity, so their actions cannot be told apart',
  description:
    'Unless --use-service-account-credentials=true, every controller inside kube-controller-manager calls the API server with the manager’s own highly privileged credentials. The audit log then records one identity for dozens of controllers, so the changes of an abused or compromised controller cannot be attributed, and every controller holds far more rights than it needs.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['cis-kubernetes-1.12.0:1.3.3', 'cis-kubernetes-1.12.0:1.2.16'],
  cwe: [1220, 223],
  capec: [],
});
