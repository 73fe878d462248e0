import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      securityContext:
        runAsUser: 10001
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsUser: 10000
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    // user namespace
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostUsers: false
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    // container UID overrides a low pod UID
    `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 1000
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        runAsUser: 20000
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        runAsUser: 20001
`,
  ],
  invalid: [
    {
      // low UID
      code: `${WEB_POD}      securityContext:
        runAsUser: 1000
`,
      errors: [{ messageId: 'low', line: 10, column: 9, endLine: 10, endColumn: 18 }],
    },
    {
      // no UID
      code: `${WEB_POD}`,
      errors: [{ messageId: 'missing', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { runAsUser: 999 }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            runAsUser: 10001
`,
      errors: [{ messageId: 'low', line: 23, column: 30, endLine: 23, endColumn: 39 }],
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
                runAsUser: 0
`,
      errors: [{ messageId: 'low', line: 17, column: 17, endLine: 17, endColumn: 26 }],
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
            runAsUser: 10001
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
          securityContext:
            runAsUser: 65534
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
              securityContext:
                runAsUser: 1000
`,
      errors: [{ messageId: 'low', line: 32, column: 17, endLine: 32, endColumn: 26 }],
    },
    {
      // pod UID inherited by one container, overridden by the other
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 1000
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        runAsUser: 20000
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'low', line: 7, column: 5, endLine: 7, endColumn: 14 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    user: "10001:10001"
`,
  ],
  invalid: [
    {
      // no user
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
    {
      // low UID in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    user: "1000:1000"
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'low', line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
  ],
});
