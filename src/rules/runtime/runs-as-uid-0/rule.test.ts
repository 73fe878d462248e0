import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `${WEB_POD}      securityContext:
        runAsUser: 1000
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        runAsUser: 1000
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        runAsUser: 1001
`,
  ],
  invalid: [
    {
      // container UID 0
      code: `${WEB_POD}      securityContext:
        runAsUser: 0
`,
      errors: [{ messageId: 'uid0', line: 10, column: 9, endLine: 10, endColumn: 18 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { runAsUser: 0 }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'uid0', line: 23, column: 30, endLine: 23, endColumn: 39 }],
    },
    {
      // CronJob, pod level
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
          securityContext:
            runAsUser: 0
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'uid0', line: 14, column: 13, endLine: 14, endColumn: 22 }],
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
                runAsUser: 0
`,
      errors: [{ messageId: 'uid0', line: 28, column: 17, endLine: 28, endColumn: 26 }],
    },
    {
      // pod UID 0 inherited by both containers: one finding
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'uid0', line: 7, column: 5, endLine: 7, endColumn: 14 }],
    },
    {
      // pod UID 0 inherited by one container, overridden by the other
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        runAsUser: 1000
`,
      errors: [{ messageId: 'uid0', line: 7, column: 5, endLine: 7, endColumn: 14 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    user: "1000"
`,
  ],
  invalid: [
    {
      // root by name
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    user: root
`,
      errors: [{ messageId: 'uid0', line: 4, column: 5, endLine: 4, endColumn: 9 }],
    },
    {
      // UID 0 in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    user: "0"
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'uid0', line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
  ],
});
