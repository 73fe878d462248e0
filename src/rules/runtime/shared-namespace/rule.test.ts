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
  shareProcessNamespace: false
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostPID: true
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // shareProcessNamespace
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  shareProcessNamespace: true
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'podPid', line: 6, column: 3, endLine: 6, endColumn: 24 }],
    },
    {
      // second document
      code: `${SHOP_AFTER_CONFIGMAP}      shareProcessNamespace: true
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'podPid', line: 20, column: 7, endLine: 20, endColumn: 28 }],
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
          shareProcessNamespace: true
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'podPid', line: 13, column: 11, endLine: 13, endColumn: 32 }],
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
          shareProcessNamespace: true
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'podPid', line: 24, column: 11, endLine: 24, endColumn: 32 }],
    },
    {
      // one finding for a pod of two containers
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  shareProcessNamespace: true
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'podPid', line: 6, column: 3, endLine: 6, endColumn: 24 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    network_mode: host
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    pid: host
`,
  ],
  invalid: [
    {
      // another service's network namespace
      code: `services:
  app:
    image: registry.example.com/app:2.0.0
  web:
    image: registry.example.com/web:1.4.2
    network_mode: "service:app"
`,
      errors: [{ messageId: 'other', line: 6, column: 5, endLine: 6, endColumn: 17 }],
    },
    {
      // a container's PID namespace, in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    pid: "container:abc123"
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'other', line: 3, column: 5, endLine: 3, endColumn: 8 }],
    },
  ],
});
