import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      resources:
        limits:
          memory: 512Mi
`,
    // ephemeral containers cannot set resources
    `${WEB_POD}      resources:
        limits:
          memory: 512Mi
  ephemeralContainers:
    - name: debugger
      image: busybox:1.37
`,
  ],
  invalid: [
    {
      // no resources: reported at the container name
      code: `${WEB_POD}`,
      errors: [{ messageId: 'missing', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // zero limit: reported at the key
      code: `${WEB_POD}      resources:
        limits:
          memory: "0"
`,
      errors: [{ messageId: 'missing', line: 11, column: 11, endLine: 11, endColumn: 17 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          resources: { requests: { memory: 64Mi } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          resources:
            limits:
              memory: 512Mi
`,
      errors: [{ messageId: 'missing', line: 21, column: 17, endLine: 21, endColumn: 24 }],
    },
    {
      // CronJob with resources: null
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
              resources:
`,
      errors: [{ messageId: 'missing', line: 14, column: 21, endLine: 14, endColumn: 27 }],
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
          resources:
            limits:
              memory: 512Mi
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
              resources:
                limits:
                  cpu: 200m
`,
      errors: [{ messageId: 'missing', line: 28, column: 21, endLine: 28, endColumn: 26 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    mem_limit: 512m
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    deploy:
      resources:
        limits:
          memory: 256M
`,
  ],
  invalid: [
    {
      // no limit
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    deploy:
      resources:
        limits:
          cpus: "0.5"
`,
      errors: [{ messageId: 'missing', line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
    {
      // zero in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    mem_limit: 0
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 14 }],
    },
  ],
});
