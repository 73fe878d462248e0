import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
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
    `apiVersion: batch/v1
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
          securityContext:
            runAsUser: 10001
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
  ],
  invalid: [
    {
      // no pod securityContext: reported at the pod spec key
      code: `${WEB_POD}      securityContext:
        runAsNonRoot: true
`,
      errors: [{ messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 5 }],
    },
    {
      // empty securityContext
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext: {}
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 5 }],
    },
    {
      // second document
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'missing', line: 19, column: 5, endLine: 19, endColumn: 9 }],
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
      errors: [{ messageId: 'missing', line: 11, column: 9, endLine: 11, endColumn: 13 }],
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
`,
      errors: [
        { messageId: 'missing', line: 8, column: 5, endLine: 8, endColumn: 9 },
        { messageId: 'missing', line: 23, column: 9, endLine: 23, endColumn: 13 },
      ],
    },
    {
      // one finding for a pod of two containers
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'missing', line: 5, column: 1, endLine: 5, endColumn: 5 }],
    },
  ],
});
