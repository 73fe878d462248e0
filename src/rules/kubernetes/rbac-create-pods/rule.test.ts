import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: viewer, namespace: shop }
rules:
  - apiGroups: ["", apps]
    resources: [pods, deployments]
    verbs: [get, list, watch, delete]
`,
    // pods/exec is a subresource: not pod creation (KS005 does not cover exec)
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: debugger, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [pods/exec]
    verbs: [create]
`,
    // deployments are not in the core group
    `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: odd, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [deployments]
    verbs: [create]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: runner, namespace: shop }
rules:
  - apiGroups: [""]
    resources: [configmaps, pods]
    verbs: [create]
`,
      errors: [{ messageId: 'create', line: 6, column: 29, endLine: 6, endColumn: 33 }],
    },
    {
      // the second document of a multi-document file: a controller, through `*` verbs
      code: `apiVersion: v1
kind: ServiceAccount
metadata: { name: deployer, namespace: shop }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: deployer, namespace: shop }
rules:
  - apiGroups: [apps]
    resources:
      - deployments
    verbs: ["*"]
`,
      errors: [{ messageId: 'create', line: 11, column: 9, endLine: 11, endColumn: 20 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: batch-runner }
    rules:
      - apiGroups: [batch]
        resources: [cronjobs, jobs]
        verbs: [create, delete]
`,
      errors: [{ messageId: 'create', line: 9, column: 31, endLine: 9, endColumn: 35 }],
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
