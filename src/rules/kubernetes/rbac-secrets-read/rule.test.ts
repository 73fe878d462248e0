import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [configmaps, pods]
    verbs: [get, list, watch]
`,
    // restricted to one named Secret
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: db-reader, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [secrets]
    resourceNames: [shop-db]
    verbs: [get]
`,
    // write-only access, and Secrets in another API group
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: writer }
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [create, delete]
  - apiGroups: [example.com]
    resources: [secrets]
    verbs: [get]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: reader }
rules:
  - apiGroups: [""]
    resources: [configmaps, secrets]
    verbs: [list]
`,
      errors: [{ messageId: 'read', line: 6, column: 29, endLine: 6, endColumn: 36 }],
    },
    {
      // the second document of a multi-document file: `*` resources in every group
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: all, namespace: shop }
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: [get]
`,
      errors: [{ messageId: 'read', line: 10, column: 17, endLine: 10, endColumn: 20 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata: { name: watcher, namespace: shop }
    rules:
      - apiGroups: [""]
        resources:
          - secrets
        verbs: ["*"]
`,
      errors: [{ messageId: 'read', line: 10, column: 13, endLine: 10, endColumn: 20 }],
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
