import { kubernetesParser, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: v1
kind: ConfigMap
metadata: { name: settings, namespace: shop }
data: {}
`,
  ],
  invalid: [
    {
      code: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: default
spec: {}
`,
      errors: [{ messageId: 'explicit', line: 5, column: 14, endLine: 5, endColumn: 21 }],
    },
    {
      // the second document of a multi-document file: no namespace at all
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec: { ports: [{ port: 80 }] }
`,
      errors: [{ messageId: 'implicit', line: 8, column: 9, endLine: 8, endColumn: 12 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Secret
    metadata: { name: creds, namespace: "default" }
`,
      errors: [{ messageId: 'explicit', line: 6, column: 41, endLine: 6, endColumn: 50 }],
    },
  ],
  skipped: [
    // what Kubernetes keeps in default itself, and cluster-scoped kinds
    {
      code: `apiVersion: v1
kind: ServiceAccount
metadata: { name: default, namespace: default }
---
apiVersion: v1
kind: Service
metadata: { name: kubernetes }
spec: { ports: [{ port: 443 }] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: reader }
rules: []
---
apiVersion: v1
kind: Namespace
metadata: { name: shop }
`,
      reason: /no namespaced object in this input/,
    },
    // cluster-scoped objects only
    {
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
`,
      reason: /no namespaced object in this input/,
    },
  ],
});
