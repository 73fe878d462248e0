import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `${WEB_POD}      securityContext:
        capabilities:
          add: [NET_BIND_SERVICE]
`,
    `${WEB_POD}      securityContext:
        capabilities:
          drop: [SYS_ADMIN]
`,
  ],
  invalid: [
    {
      // SYS_ADMIN
      code: `${WEB_POD}      securityContext:
        capabilities:
          add: ["SYS_ADMIN"]
`,
      errors: [{ messageId: 'sysAdmin', line: 11, column: 17, endLine: 11, endColumn: 28 }],
    },
    {
      // second document, init container, CAP_ prefix and lower case
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { capabilities: { add: [cap_sys_admin] } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'sysAdmin', line: 23, column: 52, endLine: 23, endColumn: 65 }],
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
                  add:
                    - CHOWN
                    - SYS_ADMIN
`,
      errors: [{ messageId: 'sysAdmin', line: 20, column: 23, endLine: 20, endColumn: 32 }],
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
                  add: [SYS_ADMIN]
`,
      errors: [{ messageId: 'sysAdmin', line: 29, column: 25, endLine: 29, endColumn: 34 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_add: [CHOWN]
`,
  ],
  invalid: [
    {
      // cap_add
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_add:
      - SYS_ADMIN
`,
      errors: [{ messageId: 'sysAdmin', line: 5, column: 9, endLine: 5, endColumn: 18 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    cap_add: [CAP_SYS_ADMIN]
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'sysAdmin', line: 3, column: 15, endLine: 3, endColumn: 28 }],
    },
  ],
});
