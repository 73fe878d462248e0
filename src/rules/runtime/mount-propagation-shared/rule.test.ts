import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: data
      emptyDir: {}
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      volumeMounts:
        - name: data
          mountPath: /data
          mountPropagation: HostToContainer
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: data
      emptyDir: {}
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      volumeMounts:
        - name: data
          mountPath: /data
          mountPropagation: None
`,
  ],
  invalid: [
    {
      // Bidirectional
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: data
      emptyDir: {}
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      volumeMounts:
        - name: data
          mountPath: /data
          mountPropagation: Bidirectional
`,
      errors: [{ messageId: 'shared', line: 15, column: 11, endLine: 15, endColumn: 27 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      volumes:
        - name: data
          emptyDir: {}
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          volumeMounts:
            - name: data
              mountPath: /data
              mountPropagation: Bidirectional
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'shared', line: 29, column: 15, endLine: 29, endColumn: 31 }],
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
          volumes:
            - name: data
              emptyDir: {}
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
              volumeMounts:
                - name: data
                  mountPath: /data
                  mountPropagation: Bidirectional
`,
      errors: [{ messageId: 'shared', line: 22, column: 19, endLine: 22, endColumn: 35 }],
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
          volumes:
            - name: data
              emptyDir: {}
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
              volumeMounts:
                - name: data
                  mountPath: /data
                  mountPropagation: Bidirectional
`,
      errors: [{ messageId: 'shared', line: 33, column: 19, endLine: 33, endColumn: 35 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    volumes:
      - type: bind
        source: ./data
        target: /data
        bind:
          propagation: rslave
`,
  ],
  invalid: [
    {
      // short syntax
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    volumes:
      - ./data:/data:rshared
`,
      errors: [{ messageId: 'shared', line: 5, column: 9, endLine: 5, endColumn: 29 }],
    },
    {
      // long syntax in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    volumes:
      - type: bind
        source: ./data
        target: /data
        bind:
          propagation: shared
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'shared', line: 4, column: 9, endLine: 8, endColumn: 30 }],
    },
  ],
});
