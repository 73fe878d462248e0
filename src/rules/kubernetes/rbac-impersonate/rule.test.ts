import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: sa-viewer }
rules:
  - apiGroups: [""]
    resources: [serviceaccounts]
    verbs: [get, list, watch]
`,
    // \`*\` verbs on service accounts of another group do not grant impersonation
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: other }
rules:
  - apiGroups: [example.com]
    resources: [serviceaccounts]
    verbs: ["*"]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: support }
rules:
  - apiGroups: [""]
    resources: [groups]
    verbs: [impersonate]
`,
      errors: [{ messageId: 'impersonate', line: 7, column: 13, endLine: 7, endColumn: 24 }],
    },
    {
      // the second document of a multi-document file: \`*\` on service accounts includes impersonate
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: sa-admin, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [pods, serviceaccounts]
    verbs:
      - "*"
`,
      errors: [{ messageId: 'impersonate', line: 12, column: 9, endLine: 12, endColumn: 12 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: as-user }
    rules:
      - { apiGroups: [""], resources: [users], verbs: [get, impersonate] }
`,
      errors: [{ messageId: 'impersonate', line: 8, column: 61, endLine: 8, endColumn: 72 }],
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
