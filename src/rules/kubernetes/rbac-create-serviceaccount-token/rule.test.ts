import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: sa-viewer, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [serviceaccounts]
    verbs: [get, list, create]
`,
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: uploader-token, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [serviceaccounts/token]
    resourceNames: [uploader]
    verbs: [create]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: broker, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [serviceaccounts, serviceaccounts/token]
    verbs: [create]
`,
      errors: [{ messageId: 'create', line: 6, column: 34, endLine: 6, endColumn: 55 }],
    },
    {
      // the second document of a multi-document file
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: minter }
rules:
  - apiGroups: [""]
    resources: ["*/token"]
    verbs: ["*"]
`,
      errors: [{ messageId: 'create', line: 10, column: 17, endLine: 10, endColumn: 26 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata: { name: minter, namespace: ci }
    rules:
      - apiGroups: [""]
        resources:
          - serviceaccounts/token
        verbs: [create]
`,
      errors: [{ messageId: 'create', line: 10, column: 13, endLine: 10, endColumn: 34 }],
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
