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
  serviceAccountName: web
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  serviceAccount: web
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // none named: reported at the pod spec key
      code: `${WEB_POD}`,
      errors: [{ messageId: 'unnamed', line: 5, column: 1, endLine: 5, endColumn: 5 }],
    },
    {
      // default named
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  serviceAccountName: default
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'default', line: 6, column: 3, endLine: 6, endColumn: 21 }],
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
      errors: [{ messageId: 'unnamed', line: 19, column: 5, endLine: 19, endColumn: 9 }],
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
      errors: [{ messageId: 'unnamed', line: 11, column: 9, endLine: 11, endColumn: 13 }],
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
      serviceAccountName: ok
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
          serviceAccountName: default
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'default', line: 25, column: 11, endLine: 25, endColumn: 29 }],
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
      errors: [{ messageId: 'unnamed', line: 5, column: 1, endLine: 5, endColumn: 5 }],
    },
  ],
});
