import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      securityContext:
        privileged: false
`,
    `${WEB_POD}      securityContext:
        runAsNonRoot: true
`,
    // suppressed by annotation
    `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    stridebench.io/ignore: "RT001=node agent needs raw device access"
spec:
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      securityContext:
        privileged: true
`,
  ],
  invalid: [
    {
      // privileged container
      code: `${WEB_POD}      securityContext:
        privileged: true
`,
      errors: [{ messageId: 'privileged', line: 10, column: 9, endLine: 10, endColumn: 19 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { privileged: true }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'privileged', line: 23, column: 30, endLine: 23, endColumn: 40 }],
    },
    {
      // CronJob
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
  namespace: finance
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
              securityContext:
                privileged: true
`,
      errors: [{ messageId: 'privileged', line: 17, column: 17, endLine: 17, endColumn: 27 }],
    },
    {
      // List
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: ok
    spec:
      containers:
        - name: ok
          image: registry.example.com/ok:3.0.1
          securityContext:
            privileged: false
  - apiVersion: apps/v1
    kind: DaemonSet
    metadata:
      name: agent
      namespace: monitoring
    spec:
      selector:
        matchLabels: { app: agent }
      template:
        metadata:
          labels: { app: agent }
        spec:
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
              securityContext:
                privileged: true
`,
      errors: [{ messageId: 'privileged', line: 30, column: 17, endLine: 30, endColumn: 27 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    privileged: false
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // privileged service
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    privileged: true
`,
      errors: [{ messageId: 'privileged', line: 4, column: 5, endLine: 4, endColumn: 15 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    privileged: true
`,
      errors: [
        { uri: 'compose.override.yaml', messageId: 'privileged', line: 3, column: 5, endLine: 3, endColumn: 15 },
      ],
    },
  ],
});
