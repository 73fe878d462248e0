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
          drop: ["all"]
          add: [NET_BIND_SERVICE]
`,
    `${WEB_POD}      securityContext:
        capabilities:
          drop:
            - CAP_ALL
`,
  ],
  invalid: [
    {
      // no drop: reported at the container name
      code: `${WEB_POD}`,
      errors: [{ messageId: 'noDrop', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // drops some, not ALL: reported at the first dropped capability
      code: `${WEB_POD}      securityContext:
        capabilities:
          drop:
            - NET_RAW
            - MKNOD
`,
      errors: [{ messageId: 'partialDrop', line: 12, column: 15, endLine: 12, endColumn: 22 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { capabilities: { drop: [NET_RAW] } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            capabilities:
              drop: [ALL]
`,
      errors: [{ messageId: 'partialDrop', line: 23, column: 53, endLine: 23, endColumn: 60 }],
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
`,
      errors: [{ messageId: 'noDrop', line: 14, column: 21, endLine: 14, endColumn: 27 }],
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
      errors: [{ messageId: 'noDrop', line: 28, column: 21, endLine: 28, endColumn: 26 }],
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
    `services:
  web:
    image: registry.example.com/web:1.4.2
    cap_drop:
      - all
    cap_add:
      - CHOWN
`,
  ],
  invalid: [
    {
      // no cap_drop
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'noDrop', line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
    {
      // partial drop in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    cap_drop:
      - NET_RAW
`,
      errors: [
        { uri: 'compose.override.yaml', messageId: 'partialDrop', line: 4, column: 9, endLine: 4, endColumn: 16 },
      ],
    },
  ],
});
