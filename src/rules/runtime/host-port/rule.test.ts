import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      ports:
        - containerPort: 8080
`,
    `${WEB_POD}      ports:
        - containerPort: 8080
          hostPort: 0
`,
  ],
  invalid: [
    {
      // reported at hostPort
      code: `${WEB_POD}      ports:
        - containerPort: 8080
          hostPort: 8080
`,
      errors: [{ messageId: 'hostPort', line: 11, column: 11, endLine: 11, endColumn: 19 }],
    },
    {
      // second document
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          ports:
            - { containerPort: 443, hostPort: 443, protocol: TCP }
`,
      errors: [{ messageId: 'hostPort', line: 27, column: 37, endLine: 27, endColumn: 45 }],
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
              ports:
                - containerPort: 9000
                  hostPort: 9000
`,
      errors: [{ messageId: 'hostPort', line: 18, column: 19, endLine: 18, endColumn: 27 }],
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
          ports:
            - containerPort: 80
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
              ports:
                - name: metrics
                  containerPort: 9100
                  hostPort: 9100
`,
      errors: [{ messageId: 'hostPort', line: 32, column: 19, endLine: 32, endColumn: 27 }],
    },
  ],
});
