import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: v1
kind: ServiceAccount
metadata: { name: default, namespace: shop }
automountServiceAccountToken: false
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: shop-reader, namespace: shop }
subjects: [{ kind: ServiceAccount, name: shop, namespace: shop }]
roleRef: { kind: Role, name: reader }
`,
    // a user called default is not the default service account
    `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: odd, namespace: shop }
subjects: [{ kind: User, name: default }]
roleRef: { kind: Role, name: reader }
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: read-pods, namespace: shop }
subjects:
  - kind: ServiceAccount
    name: default
    namespace: shop
roleRef: { kind: Role, name: pod-reader }
`,
      errors: [{ messageId: 'bound', line: 6, column: 11, endLine: 6, endColumn: 18 }],
    },
    {
      // the second document of a multi-document file: the token is mounted, explicitly or by default
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: default
  namespace: shop
automountServiceAccountToken: true
---
apiVersion: v1
kind: ServiceAccount
metadata: { name: default, namespace: jobs }
`,
      errors: [
        { messageId: 'automount', line: 10, column: 1, endLine: 10, endColumn: 29 },
        { messageId: 'automount', line: 14, column: 19, endLine: 14, endColumn: 26 },
      ],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: { name: default-admin }
    subjects: [{ kind: ServiceAccount, name: default, namespace: shop }]
    roleRef: { kind: ClusterRole, name: cluster-admin }
`,
      errors: [{ messageId: 'bound', line: 7, column: 46, endLine: 7, endColumn: 53 }],
    },
  ],
  skipped: [
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no RoleBinding, ClusterRoleBinding or default ServiceAccount in this input/,
    },
    // only accounts named default are judged
    {
      code: `apiVersion: v1
kind: ServiceAccount
metadata: { name: web, namespace: shop }
`,
      reason: /no RoleBinding, ClusterRoleBinding or default ServiceAccount in this input/,
    },
  ],
});
