import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      securityContext:
        runAsNonRoot: true
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    `${SHOP_AFTER_CONFIGMAP}      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
  ],
  invalid: [
    {
      // not set
      code: `${WEB_POD}      securityContext:
        runAsUser: 1000
`,
      errors: [{ messageId: 'missing', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // second document: init container sets false
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext:
            runAsNonRoot: false
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            runAsNonRoot: true
`,
      errors: [{ messageId: 'false', line: 24, column: 13, endLine: 24, endColumn: 25 }],
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
          securityContext:
            runAsNonRoot: true
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
      errors: [{ messageId: 'missing', line: 27, column: 21, endLine: 27, endColumn: 26 }],
    },
    {
      // container false overrides the pod true
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsNonRoot: true
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        runAsNonRoot: false
`,
      errors: [{ messageId: 'false', line: 14, column: 9, endLine: 14, endColumn: 21 }],
    },
  ],
});
