import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `${WEB_POD}      securityContext:
        capabilities:
          add: [NET_BIND_SERVICE, CHOWN]
`,
    `${WEB_POD}      securityContext:
        capabilities:
          add: [SYS_ADMIN]
`,
  ],
  invalid: [
    {
      // NET_ADMIN and SYS_MODULE
      code: `${WEB_POD}      securityContext:
        capabilities:
          add:
            - NET_ADMIN
            - CHOWN
            - SYS_MODULE
`,
      errors: [
        { messageId: 'dangerous', line: 12, column: 15, endLine: 12, endColumn: 24 },
        { messageId: 'dangerous', line: 14, column: 15, endLine: 14, endColumn: 25 },
      ],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { capabilities: { add: [SYS_PTRACE] } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'dangerous', line: 23, column: 52, endLine: 23, endColumn: 62 }],
    },
    {
      // CronJob: ALL
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
                  add: [ALL]
`,
      errors: [{ messageId: 'dangerous', line: 18, column: 25, endLine: 18, endColumn: 28 }],
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
                  add: [CAP_DAC_READ_SEARCH]
`,
      errors: [{ messageId: 'dangerous', line: 29, column: 25, endLine: 29, endColumn: 44 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_add: [NET_BIND_SERVICE]
`,
  ],
  invalid: [
    {
      // cap_add ALL
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_add:
      - all
`,
      errors: [{ messageId: 'dangerous', line: 5, column: 9, endLine: 5, endColumn: 12 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    cap_add: [BPF]
`,
      errors: [
        { uri: 'compose.override.yaml', messageId: 'dangerous', line: 3, column: 15, endLine: 3, endColumn: 18 },
      ],
    },
  ],
});
