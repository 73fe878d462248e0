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
  hostNetwork: false
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // hostNetwork
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  hostNetwork: true
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'hostNetwork', line: 6, column: 3, endLine: 6, endColumn: 14 }],
    },
    {
      // second document
      code: `${SHOP_AFTER_CONFIGMAP}      hostNetwork: true
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'hostNetwork', line: 20, column: 7, endLine: 20, endColumn: 18 }],
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
          hostNetwork: true
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'hostNetwork', line: 13, column: 11, endLine: 13, endColumn: 22 }],
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
          hostNetwork: true
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'hostNetwork', line: 24, column: 11, endLine: 24, endColumn: 22 }],
    },
    {
      // one finding for a pod of two containers
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  hostNetwork: true
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'hostNetwork', line: 6, column: 3, endLine: 6, endColumn: 14 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    network_mode: bridge
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    network_mode: "service:db"
`,
  ],
  invalid: [
    {
      // network_mode host
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    network_mode: host
`,
      errors: [{ messageId: 'hostNetwork', line: 4, column: 5, endLine: 4, endColumn: 17 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    network_mode: "host"
`,
      errors: [
        { uri: 'compose.override.yaml', messageId: 'hostNetwork', line: 3, column: 5, endLine: 3, endColumn: 17 },
      ],
    },
  ],
});
