import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToBindings, bindings, describe } from '../rbac.js';

export default defineAuditRule<KubernetesDoc, 'clusterWide' | 'namespace'>({
  id: 'KS003',
  name: 'cluster-admin-binding',
  source: 'kubernetes',
  meta: {
    title: 'Binding to cluster-admin',
    severity: 'high',
    description:
      "cluster-admin allows every verb on every resource. Bound by a ClusterRoleBinding it is full control of the cluster (every Secret, every node through privileged pods); bound by a RoleBinding it is full control of the namespace, its Secrets and RBAC included. A workload's service account bound to it turns any compromise of that workload into a compromise of the cluster. Reported: the roleRef of every RoleBinding and ClusterRoleBinding that names the cluster-admin ClusterRole. Not reported: Kubernetes' bootstrap binding of system:masters.",
    remediation:
      'Bind a role with the permissions the subject needs (the `admin`, `edit` or `view` ClusterRoles through a RoleBinding, or a dedicated Role); keep cluster-admin for break-glass accounts.',
    references: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege',
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.1'] },
    aliases: {
      polaris: ['clusterrolebindingClusterAdmin', 'rolebindingClusterAdminClusterRole'],
      kubescape: ['C-0185', 'C-0035'],
    },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    clusterWide: '{{binding}} grants cluster-admin to {{subjects}}: full control of every object of the cluster.',
    namespace:
      '{{binding}} grants cluster-admin in namespace {{namespace}} to {{subjects}}: full control of the namespace, its Secrets and RBAC included.',
  },
  check(ctx, doc) {
    if (!appliesToBindings(ctx, doc)) return;
    for (const b of bindings(doc)) {
      if (b.roleRef.kind !== 'ClusterRole' || b.roleRef.name !== 'cluster-admin') continue;
      const subjects = b.subjects.map((s) => `${s.kind}/${s.name}`).join(', ') || 'no subject';
      ctx.report({
        messageId: b.object.kind === 'ClusterRoleBinding' ? 'clusterWide' : 'namespace',
        node: b.roleRef.node,
        data: { binding: describe(b.object), subjects, namespace: b.object.namespace ?? '(unset)' },
      });
    }
  },
});
