import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      securityContext:
        capabilities:
          drop: [ALL]
`,
    `${WEB_POD}      securityContext:
        capabilities:
          drop: [CAP_NET_RAW]
`,
    `${WEB_POD}      securityContext:
        privileged: true
`,
  ],
  invalid: [
    {
      // nothing dropped
      code: `${WEB_POD}`,
      errors: [{ messageId: 'notDropped', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // drops other capabilities: reported at the drop list
      code: `${WEB_POD}      securityContext:
        capabilities:
          drop: [MKNOD, SETUID]
`,
      errors: [{ messageId: 'notDropped', line: 11, column: 18, endLine: 11, endColumn: 23 }],
    },
    {
      // adds NET_RAW back after dropping ALL
      code: `${WEB_POD}      securityContext:
        capabilities:
          drop: [ALL]
          add: [NET_RAW]
`,
      errors: [{ messageId: 'added', line: 12, column: 17, endLine: 12, endColumn: 24 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            capabilities:
              drop: [ALL]
`,
      errors: [{ messageId: 'notDropped', line: 21, column: 17, endLine: 21, endColumn: 24 }],
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
                  add: ["ALL"]
`,
      errors: [{ messageId: 'added', line: 18, column: 25, endLine: 18, endColumn: 30 }],
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
            capabilities:
              drop: [ALL]
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
`,
      errors: [{ messageId: 'notDropped', line: 28, column: 21, endLine: 28, endColumn: 26 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_drop: [NET_RAW]
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_drop: [ALL]
`,
  ],
  invalid: [
    {
      // default capabilities
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'notDropped', line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
    {
      // added back in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_drop: [ALL]
# file: compose.override.yaml
services:
  web:
    cap_add:
      - CAP_NET_RAW
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'added', line: 4, column: 9, endLine: 4, endColumn: 20 }],
    },
  ],
});
