import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: logs, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [pods, pods/log]
    verbs: ["*"]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: debug, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [pods, pods/exec]
    verbs: [get, create]
`,
      errors: [{ messageId: 'exec', line: 6, column: 23, endLine: 6, endColumn: 32 }],
    },
    {
      // the second document of a multi-document file: GET, as kubectl used it for WebSockets
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: attach }
rules:
  - apiGroups: [""]
    resources: [pods/attach]
    verbs: [get]
`,
      errors: [{ messageId: 'exec', line: 10, column: 17, endLine: 10, endColumn: 28 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: all-pods }
    rules:
      - apiGroups: [""]
        resources: ["*"]
        verbs: [create]
`,
      errors: [{ messageId: 'exec', line: 9, column: 21, endLine: 9, endColumn: 24 }],
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
