import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-003',
  name: 'apiserver-weak-authorization',
  category: 'elevation-of-privilege',
  target: 'component',
  // Callers inside the control plane use fixed system identities; the threat is about everyone else.
  appliesTo: {
    all: [{ tech: 'kube-apiserver' }, { inbound: { source: { not: { tech: 'kubernetes-control-plane' } } } }],
  },
  title: 'Over-broad authorization in {{name}} lets one compromised client escalate to cluster-admin',
  description:
    'Users, nodes or workloads outside the control plane call {{name}}. If its authorization mode includes AlwaysAllow or lacks Node and RBAC, or RBAC hands out cluster-admin, wildcards, access to Secrets, pod creation or the bind, escalate and impersonate verbs more widely than needed, a single stolen identity can read every Secret, start privileged pods and take over the cluster.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:1.2.6',
    'cis-kubernetes-1.12.0:1.2.7',
    'cis-kubernetes-1.12.0:1.2.8',
    'cis-kubernetes-1.12.0:5.1.1',
    'cis-kubernetes-1.12.0:5.1.2',
    'cis-kubernetes-1.12.0:5.1.3',
    'cis-kubernetes-1.12.0:5.1.4',
    'cis-kubernetes-1.12.0:5.1.8',
  ],
  cwe: [285, 269],
  capec: [122, 180],
  references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
});
