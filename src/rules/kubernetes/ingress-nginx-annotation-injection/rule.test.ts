import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_SERVICE } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
  annotations:
    nginx.ingress.kubernetes.io/auth-url: "https://auth.example.com/oauth2/auth?rd=$escaped_request_uri"
    nginx.ingress.kubernetes.io/auth-tls-match-cn: "CN=client.example.com"
    nginx.ingress.kubernetes.io/mirror-target: https://mirror.example.com$request_uri
spec:
  rules: [{ host: shop.example.com }]
`,
  ],
  invalid: [
    {
      code: `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: shop
  namespace: shop
  annotations:
    nginx.ingress.kubernetes.io/server-snippet: |
      location /x { alias /var/run/secrets/; }
spec:
  rules: [{ host: shop.example.com }]
`,
      errors: [{ messageId: 'snippet', line: 7, column: 5, endLine: 7, endColumn: 47 }],
    },
    {
      // the second document of a multi-document file: a newline injected into a URL annotation
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
    nginx.ingress.kubernetes.io/auth-url: "http://example.com/#;\\ninjection_point"
spec:
  ingressClassName: nginx
`,
      errors: [{ messageId: 'injection', line: 11, column: 5, endLine: 11, endColumn: 41 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: networking.k8s.io/v1
    kind: Ingress
    metadata:
      name: mtls
      namespace: shop
      annotations:
        nginx.ingress.kubernetes.io/auth-tls-match-cn: "CN=valid|cn"
`,
      errors: [{ messageId: 'injection', line: 10, column: 9, endLine: 10, endColumn: 54 }],
    },
  ],
  skipped: [
    // a snippet on another kind is not read by the controller
    {
      code: `apiVersion: v1
kind: ConfigMap
metadata:
  name: notes
  namespace: shop
  annotations:
    nginx.ingress.kubernetes.io/server-snippet: "return 403;"
data: {}
`,
      reason: /no Ingress in this input/,
    },
    {
      code: LONE_SERVICE,
      reason: /no Ingress in this input/,
    },
  ],
});
