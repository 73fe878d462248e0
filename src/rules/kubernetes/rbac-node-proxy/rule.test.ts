import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: kubelet-metrics }
rules:
  - apiGroups: [""]
    resources: [nodes, nodes/metrics, nodes/stats]
    verbs: [get]
`,
    // \`nodes\` alone does not cover its subresources
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: node-admin }
rules:
  - apiGroups: [""]
    resources: [nodes]
    verbs: ["*"]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: scraper }
rules:
  - apiGroups: [""]
    resources: [nodes, nodes/proxy]
    verbs: [get]
`,
      errors: [{ messageId: 'proxy', line: 6, column: 24, endLine: 6, endColumn: 35 }],
    },
    {
      // the second document of a multi-document file: \`*/proxy\`
      code: `apiVersion: v1
kind: ServiceAccount
metadata: { name: scraper, namespace: monitoring }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: proxies }
rules:
  - apiGroups: [""]
    resources: ["*/proxy"]
    verbs: [get, create]
`,
      errors: [{ messageId: 'proxy', line: 10, column: 17, endLine: 10, endColumn: 26 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: all-nodes }
    rules:
      - apiGroups: [""]
        resources:
          - "*"
        verbs: [get]
`,
      errors: [{ messageId: 'proxy', line: 10, column: 13, endLine: 10, endColumn: 16 }],
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
