import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: v1
kind: Service
metadata: { name: web, namespace: shop }
spec:
  ports: [{ port: 80 }]
  externalIPs: []
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Service
metadata: { name: mitm, namespace: shop }
spec:
  ports: [{ port: 443 }]
  externalIPs:
    - 8.8.8.8
    - 1.1.1.1
`,
      errors: [
        { messageId: 'externalIp', line: 7, column: 7, endLine: 7, endColumn: 14 },
        { messageId: 'externalIp', line: 8, column: 7, endLine: 8, endColumn: 14 },
      ],
    },
    {
      // the second document of a multi-document file
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Service
metadata: { name: gw, namespace: shop }
spec: { ports: [{ port: 443 }], externalIPs: ["198.51.100.7"] }
`,
      errors: [{ messageId: 'externalIp', line: 8, column: 47, endLine: 8, endColumn: 61 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: { name: gw, namespace: shop }
    spec:
      externalIPs: [198.51.100.7]
`,
      errors: [{ messageId: 'externalIp', line: 8, column: 21, endLine: 8, endColumn: 33 }],
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
