import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: rbac-manager }
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [roles, rolebindings, clusterrolebindings]
    verbs: [get, list, create, update, patch, delete]
`,
    // \`*\` verbs on other resources do not include bind or escalate
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: app-admin, namespace: shop }
rules:
  - apiGroups: ["", apps]
    resources: [pods, deployments]
    verbs: ["*"]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: binder }
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [clusterroles]
    verbs: [get, bind]
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [roles]
    verbs:
      - escalate
`,
      errors: [
        { messageId: 'verb', line: 7, column: 18, endLine: 7, endColumn: 22 },
        { messageId: 'verb', line: 11, column: 9, endLine: 11, endColumn: 17 },
      ],
    },
    {
      // the second document of a multi-document file: \`*\` verbs on roles
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: rbac-all, namespace: shop }
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [rolebindings, roles]
    verbs: ["*"]
`,
      errors: [{ messageId: 'verb', line: 11, column: 13, endLine: 11, endColumn: 16 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata: { name: odd, namespace: shop }
    rules:
      - apiGroups: [rbac.authorization.k8s.io, ""]
        resources: [rolebindings]
        verbs: [delete, bind]
`,
      errors: [{ messageId: 'verb', line: 10, column: 25, endLine: 10, endColumn: 29 }],
    },
  ],
  skipped: [
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no Role or ClusterRole in this input/,
    },
  ],
});
