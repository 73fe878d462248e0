import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostIPC: false
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // hostIPC
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostIPC: true
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'hostIpc', line: 6, column: 3, endLine: 6, endColumn: 10 }],
    },
    {
      // second document
      code: `${SHOP_AFTER_CONFIGMAP}      hostIPC: true
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'hostIpc', line: 20, column: 7, endLine: 20, endColumn: 14 }],
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
          hostIPC: true
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'hostIpc', line: 13, column: 11, endLine: 13, endColumn: 18 }],
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
          hostIPC: true
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'hostIpc', line: 24, column: 11, endLine: 24, endColumn: 18 }],
    },
    {
      // one finding for a pod of two containers
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  hostIPC: true
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'hostIpc', line: 6, column: 3, endLine: 6, endColumn: 10 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    ipc: shareable
`,
  ],
  invalid: [
    {
      // ipc host
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    ipc: host
`,
      errors: [{ messageId: 'hostIpc', line: 4, column: 5, endLine: 4, endColumn: 8 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    ipc: "host"
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'hostIpc', line: 3, column: 5, endLine: 3, endColumn: 8 }],
    },
  ],
});
