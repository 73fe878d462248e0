import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_SERVICE } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop, namespace: shop }
spec:
  tls: [{ hosts: [shop.example.com, "*.api.example.com"], secretName: shop-tls }]
  rules:
    - host: shop.example.com
    - host: v1.api.example.com
`,
    // TLS terminated by the cloud load balancer
    `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
  annotations:
    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-1:123456789012:certificate/abc
spec:
  rules: [{ host: shop.example.com }]
`,
    // a tls entry without hosts is served for every host
    `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop, namespace: shop }
spec:
  tls: [{ secretName: wildcard-tls }]
  rules: [{ host: shop.example.com }]
`,
  ],
  invalid: [
    {
      code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: shop, namespace: shop }
spec:
  ingressClassName: nginx
  rules:
    - host: shop.example.com
`,
      errors: [{ messageId: 'noTls', line: 6, column: 3, endLine: 6, endColumn: 8 }],
    },
    {
      // the second document of a multi-document file: a host outside the certificate, and the redirect off
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
  annotations:
    nginx.ingress.kubernetes.io/ssl-redirect: "false"
spec:
  tls: [{ hosts: ["*.example.com"], secretName: shop-tls }]
  rules:
    - host: shop.example.com
    - host: admin.shop.example.com
`,
      errors: [
        { messageId: 'hostWithoutTls', line: 16, column: 13, endLine: 16, endColumn: 35 },
        { messageId: 'redirectOff', line: 11, column: 47, endLine: 11, endColumn: 54 },
      ],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: extensions/v1beta1
    kind: Ingress
    metadata: { name: legacy, namespace: shop }
    spec:
      backend: { serviceName: web, servicePort: 80 }
`,
      errors: [{ messageId: 'noTls', line: 7, column: 5, endLine: 7, endColumn: 9 }],
    },
  ],
  skipped: [
    // nothing to judge: skipped, never a pass
    {
      code: LONE_SERVICE,
      reason: /no Ingress in this input/,
    },
  ],
});
