import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      env:
        - name: MODE
          value: production
        - name: SETTINGS
          valueFrom:
            configMapKeyRef: { name: settings, key: mode }
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: creds
      secret:
        secretName: db-credentials
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      volumeMounts:
        - { name: creds, mountPath: /etc/creds, readOnly: true }
`,
  ],
  invalid: [
    {
      // secretKeyRef
      code: `${WEB_POD}      env:
        - name: DB_PASSWORD
          valueFrom:
            secretKeyRef:
              name: db-credentials
              key: password
`,
      errors: [{ messageId: 'secretKeyRef', line: 10, column: 17, endLine: 10, endColumn: 28 }],
    },
    {
      // second document, init container, envFrom
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          envFrom:
            - secretRef:
                name: migrate-credentials
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'envFrom', line: 24, column: 15, endLine: 24, endColumn: 24 }],
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
              env:
                - name: API_TOKEN
                  valueFrom:
                    secretKeyRef: { name: report-api, key: token }
`,
      errors: [{ messageId: 'secretKeyRef', line: 17, column: 25, endLine: 17, endColumn: 34 }],
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
              envFrom:
                - configMapRef:
                    name: agent-settings
                - secretRef:
                    name: agent-keys
`,
      errors: [{ messageId: 'envFrom', line: 30, column: 19, endLine: 30, endColumn: 28 }],
    },
  ],
});
