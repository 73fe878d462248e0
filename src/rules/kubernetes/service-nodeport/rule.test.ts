import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  selector: { app: web }
  ports: [{ port: 80 }]
`,
    `apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  type: ClusterIP
  ports: [{ port: 80 }]
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Service
metadata: { name: admin, namespace: shop }
spec:
  type: NodePort
  ports: [{ port: 8080, nodePort: 30080 }]
`,
      errors: [{ messageId: 'nodePort', line: 5, column: 9, endLine: 5, endColumn: 17 }],
    },
    {
      // the second document of a multi-document file
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Service
metadata: { name: admin, namespace: shop }
spec: { type: "NodePort", ports: [{ port: 8080 }] }
`,
      errors: [{ messageId: 'nodePort', line: 8, column: 15, endLine: 8, endColumn: 25 }],
    },
    {
      code: `apiVersion: v1
kind: ServiceList
items:
  - apiVersion: v1
    kind: Service
    metadata: { name: debug, namespace: shop }
    spec:
      ports: [{ port: 9000 }]
      type: NodePort
`,
      errors: [{ messageId: 'nodePort', line: 9, column: 13, endLine: 9, endColumn: 21 }],
    },
  ],
  skipped: [
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no Service in this input/,
    },
  ],
});
