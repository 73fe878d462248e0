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
    resources: [pods, pods/log]
    verbs: [get, list, watch]
`,
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ops
  annotations:
    stridebench.io/ignore: "KS001=break-glass role for the platform team"
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: ops }
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`,
      errors: [
        { messageId: 'wildcard', line: 5, column: 17, endLine: 5, endColumn: 20 },
        { messageId: 'wildcard', line: 6, column: 17, endLine: 6, endColumn: 20 },
        { messageId: 'wildcard', line: 7, column: 13, endLine: 7, endColumn: 16 },
      ],
    },
    {
      // the second document of a multi-document file; a subresource wildcard
      code: `apiVersion: v1
kind: ServiceAccount
metadata: { name: scaler, namespace: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: scaler, namespace: shop }
rules:
  - apiGroups: [apps]
    resources:
      - deployments
      - "*/scale"
    verbs: [get, update]
`,
      errors: [{ messageId: 'wildcard', line: 12, column: 9, endLine: 12, endColumn: 18 }],
    },
    {
      // inside a List, as \`kubectl get roles -o yaml\` prints them
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: Role
    metadata: { name: deployer, namespace: shop }
    rules:
      - apiGroups: [apps]
        resources: [deployments]
        verbs: [get, "*"]
`,
      errors: [{ messageId: 'wildcard', line: 10, column: 22, endLine: 10, endColumn: 25 }],
    },
  ],
  skipped: [
    // Kubernetes' own bootstrap roles are reconciled by the API server
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: cluster-admin
  labels: { kubernetes.io/bootstrapping: rbac-defaults }
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
`,
      reason: /other than Kubernetes' bootstrap defaults/,
    },
    // not an RBAC object
    {
      code: `apiVersion: example.com/v1
kind: Role
metadata: { name: other }
rules:
  - verbs: ["*"]
`,
      reason: /no Role or ClusterRole in this input/,
    },
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no Role or ClusterRole in this input/,
    },
  ],
});
