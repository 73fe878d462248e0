import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: readers }
subjects:
  - { kind: Group, name: system:serviceaccounts:monitoring }
roleRef: { kind: ClusterRole, name: view }
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: open, namespace: shop }
subjects:
  - kind: User
    name: system:anonymous
  - kind: Group
    name: system:authenticated
roleRef: { kind: Role, name: reader }
`,
      errors: [
        { messageId: 'anonymous', line: 6, column: 11, endLine: 6, endColumn: 27 },
        { messageId: 'authenticated', line: 8, column: 11, endLine: 8, endColumn: 31 },
      ],
    },
    {
      // the second document of a multi-document file
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: metrics }
rules: [{ nonResourceURLs: [/metrics], verbs: [get] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: metrics }
subjects: [{ kind: Group, name: "system:unauthenticated" }]
roleRef: { kind: ClusterRole, name: metrics }
`,
      errors: [{ messageId: 'anonymous', line: 9, column: 33, endLine: 9, endColumn: 57 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: { name: everyone-views }
    subjects:
      - kind: Group
        name: system:authenticated
    roleRef: { kind: ClusterRole, name: view }
`,
      errors: [{ messageId: 'authenticated', line: 9, column: 15, endLine: 9, endColumn: 35 }],
    },
  ],
  skipped: [
    // Kubernetes' own discovery binding
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: system:public-info-viewer
  labels: { kubernetes.io/bootstrapping: rbac-defaults }
subjects:
  - { kind: Group, name: system:authenticated }
  - { kind: Group, name: system:unauthenticated }
roleRef: { kind: ClusterRole, name: system:public-info-viewer }
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
