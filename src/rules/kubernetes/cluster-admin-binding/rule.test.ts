import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: devs, namespace: shop }
subjects:
  - { kind: Group, name: shop-devs }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: edit }
`,
    // a Role that happens to be called cluster-admin is a namespaced role, not the ClusterRole
    `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: local, namespace: shop }
subjects:
  - { kind: User, name: jane }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: cluster-admin }
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ci }
subjects:
  - kind: ServiceAccount
    name: ci
    namespace: ci
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
`,
      errors: [{ messageId: 'clusterWide', line: 11, column: 9, endLine: 11, endColumn: 22 }],
    },
    {
      // the second document of a multi-document file: namespace-wide
      code: `apiVersion: v1
kind: ServiceAccount
metadata: { name: ops, namespace: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: ops, namespace: shop }
subjects: [{ kind: ServiceAccount, name: ops, namespace: shop }]
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
`,
      errors: [{ messageId: 'namespace', line: 9, column: 74, endLine: 9, endColumn: 87 }],
    },
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBindingList
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: { name: admins }
    subjects: [{ kind: Group, name: admins }]
    roleRef:
      kind: ClusterRole
      name: "cluster-admin"
`,
      errors: [{ messageId: 'clusterWide', line: 10, column: 13, endLine: 10, endColumn: 28 }],
    },
  ],
  skipped: [
    // Kubernetes' own binding of system:masters
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: cluster-admin
  labels: { kubernetes.io/bootstrapping: rbac-defaults }
subjects:
  - { apiGroup: rbac.authorization.k8s.io, kind: Group, name: system:masters }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
`,
      reason: /other than Kubernetes' bootstrap defaults/,
    },
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no RoleBinding or ClusterRoleBinding in this input/,
    },
  ],
});
