import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `${WEB_POD}      securityContext:
        capabilities:
          drop: [ALL]
`,
  ],
  invalid: [
    {
      // one finding per added capability
      code: `${WEB_POD}      securityContext:
        capabilities:
          add:
            - NET_BIND_SERVICE
            - IPC_LOCK
`,
      errors: [
        { messageId: 'added', line: 12, column: 15, endLine: 12, endColumn: 31 },
        { messageId: 'added', line: 13, column: 15, endLine: 13, endColumn: 23 },
      ],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { capabilities: { add: [CHOWN] } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'added', line: 23, column: 52, endLine: 23, endColumn: 57 }],
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
                capabilities:
                  add: [SYS_TIME]
`,
      errors: [{ messageId: 'added', line: 18, column: 25, endLine: 18, endColumn: 33 }],
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
                capabilities:
                  drop: [ALL]
                  add: [NET_ADMIN]
`,
      errors: [{ messageId: 'added', line: 30, column: 25, endLine: 30, endColumn: 34 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_drop: [ALL]
`,
  ],
  invalid: [
    {
      // cap_add
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_add:
      - all
`,
      errors: [{ messageId: 'added', line: 5, column: 9, endLine: 5, endColumn: 12 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    cap_add: [SYS_PTRACE]
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'added', line: 3, column: 15, endLine: 3, endColumn: 25 }],
    },
  ],
});
