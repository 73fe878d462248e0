import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: v1
kind: Service
metadata: { name: api, namespace: shop }
spec:
  type: LoadBalancer
  loadBalancerSourceRanges: [203.0.113.0/24]
  ports: [{ port: 443 }]
`,
    `apiVersion: v1
kind: Service
metadata:
  name: db
  namespace: shop
  annotations:
    networking.gke.io/load-balancer-type: Internal
spec:
  type: LoadBalancer
  ports: [{ port: 5432 }]
`,
    `apiVersion: v1
kind: Service
metadata:
  name: api
  namespace: shop
  annotations:
    service.beta.kubernetes.io/load-balancer-source-ranges: "10.0.0.0/8,192.168.0.0/16"
spec:
  type: LoadBalancer
  ports: [{ port: 443 }]
`,
    // the public web entry point, acknowledged
    `apiVersion: v1
kind: Service
metadata:
  name: ingress-nginx-controller
  namespace: ingress-nginx
  annotations:
    stridebench.io/ignore: "KS015=public entry point of the shop"
spec:
  type: LoadBalancer
  ports: [{ port: 80 }, { port: 443 }]
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Service
metadata: { name: db, namespace: shop }
spec:
  type: LoadBalancer
  ports: [{ port: 5432 }]
`,
      errors: [{ messageId: 'open', line: 5, column: 9, endLine: 5, endColumn: 21 }],
    },
    {
      // the second document of a multi-document file: a range that opens everything
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: v1
kind: Service
metadata: { name: api, namespace: shop }
spec:
  type: LoadBalancer
  loadBalancerSourceRanges:
    - 10.0.0.0/8
    - 0.0.0.0/0
  ports: [{ port: 443 }]
`,
      errors: [{ messageId: 'openRange', line: 12, column: 7, endLine: 12, endColumn: 16 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata:
      name: web
      namespace: shop
      annotations:
        service.beta.kubernetes.io/aws-load-balancer-internal: "false"
    spec: { type: LoadBalancer, ports: [{ port: 443 }] }
`,
      errors: [{ messageId: 'open', line: 11, column: 19, endLine: 11, endColumn: 31 }],
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
