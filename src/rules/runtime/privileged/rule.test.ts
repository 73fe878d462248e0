import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import rule from './rule.js';

const pod = (securityContext: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
      securityContext:
${securityContext}
${extra}`;

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    pod('        privileged: false'),
    pod('        runAsNonRoot: true'),
    `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    stridebench.io/ignore: "RT001=node agent needs raw device access"
spec:
  containers:
    - name: web
      image: nginx:1.27
      securityContext:
        privileged: true
`,
  ],
  invalid: [
    {
      code: pod('        privileged: true'),
      errors: [{ messageId: 'privileged', line: 10, column: 9, endLine: 10, endColumn: 19 }],
    },
    {
      // the second document of a multi-document file, in an init container
      code: `apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: shop }
spec:
  template:
    spec:
      initContainers:
        - name: setup
          image: busybox:1.37
          securityContext: { privileged: true }
      containers:
        - name: app
          image: shop:1.0
`,
      errors: [{ messageId: 'privileged', line: 14, column: 30, endLine: 14, endColumn: 40 }],
    },
  ],
});
