import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: claims }
rules:
  - apiGroups: [""]
    resources: [persistentvolumeclaims]
    verbs: [create]
  - apiGroups: [""]
    resources: [persistentvolumes]
    verbs: [get, list, watch]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: storage }
rules:
  - apiGroups: [""]
    resources: [persistentvolumes]
    verbs: [create]
`,
      errors: [{ messageId: 'create', line: 6, column: 17, endLine: 6, endColumn: 34 }],
    },
    {
      // the second document of a multi-document file
      code: `apiVersion: v1
kind: Namespace
metadata: { name: storage }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: storage-admin }
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: [create]
`,
      errors: [{ messageId: 'create', line: 10, column: 17, endLine: 10, endColumn: 20 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: pv-maker }
    rules:
      - apiGroups: [""]
        resources:
          - persistentvolumes
        verbs: ["*"]
`,
      errors: [{ messageId: 'create', line: 10, column: 13, endLine: 10, endColumn: 30 }],
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
