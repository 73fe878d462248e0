import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-005',
  name: 'apiserver-no-audit-log',
  category: 'repudiation',
  target: 'component',
  // Managed control planes are included: their audit logs are opt-in (EKS control plane logging is off by default).
  appliesTo: { all: [{ tech: 'kube-apiserver' }, { not: { property: 'auditLogging', equals: true } }] },
  title: 'Without an audit log, actions taken through {{name}} cannot be attributed to anyone',
  description:
    '{{name}} is not declared to write an audit log, and kube-apiserver writes none unless --audit-log-path and an audit policy are set. Who read a Secret, exec-ed into a pod or changed an RBAC binding cannot be established afterwards, so a malicious or compromised user can deny their actions and an incident cannot be reconstructed.',
  likelihood: 'high',
  impact: 'medium',
  mitigations: [
    'cis-kubernetes-1.12.0:1.2.16',
    'cis-kubernetes-1.12.0:1.2.17',
    'cis-kubernetes-1.12.0:1.2.18',
    'cis-kubernetes-1.12.0:1.2.19',
    'cis-kubernetes-1.12.0:3.2.1',
    'cis-kubernetes-1.12.0:3.2.2',
    'design:audit-logging',
  ],
  cwe: [778, 223],
  capec: [],
  references: ['https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/'],
});
