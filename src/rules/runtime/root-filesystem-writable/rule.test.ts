import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      securityContext:
        readOnlyRootFilesystem: true
`,
    `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext:
            readOnlyRootFilesystem: true
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            readOnlyRootFilesystem: true
`,
  ],
  invalid: [
    {
      // explicit false
      code: `${WEB_POD}      securityContext:
        readOnlyRootFilesystem: false
`,
      errors: [{ messageId: 'writable', line: 10, column: 9, endLine: 10, endColumn: 31 }],
    },
    {
      // not set
      code: `${WEB_POD}`,
      errors: [{ messageId: 'notReadOnly', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { readOnlyRootFilesystem: false }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            readOnlyRootFilesystem: true
`,
      errors: [{ messageId: 'writable', line: 23, column: 30, endLine: 23, endColumn: 52 }],
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
      errors: [{ messageId: 'notReadOnly', line: 14, column: 21, endLine: 14, endColumn: 27 }],
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
            readOnlyRootFilesystem: true
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
                readOnlyRootFilesystem: False
`,
      errors: [{ messageId: 'writable', line: 30, column: 17, endLine: 30, endColumn: 39 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    read_only: true
`,
  ],
  invalid: [
    {
      // not set
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'notReadOnly', line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
    {
      // false in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    read_only: false
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'writable', line: 3, column: 5, endLine: 3, endColumn: 14 }],
    },
  ],
});
