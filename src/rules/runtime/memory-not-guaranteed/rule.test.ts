import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      resources:
        requests:
          memory: 1Gi
        limits:
          memory: 1024Mi
`,
    `${WEB_POD}      resources:
        requests: { memory: 512Mi, cpu: 100m }
        limits: { memory: 512Mi }
`,
  ],
  invalid: [
    {
      // request below limit: reported at the request
      code: `${WEB_POD}      resources:
        requests:
          memory: 1Gi
        limits:
          memory: 2Gi
`,
      errors: [{ messageId: 'below', line: 11, column: 11, endLine: 11, endColumn: 17 }],
    },
    {
      // no limit
      code: `${WEB_POD}      resources:
        requests:
          memory: 1Gi
`,
      errors: [{ messageId: 'missing', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          resources: { requests: { memory: 64Mi }, limits: { memory: 128Mi } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          resources:
            requests:
              memory: 1Gi
            limits:
              memory: 1024Mi
`,
      errors: [{ messageId: 'below', line: 23, column: 36, endLine: 23, endColumn: 42 }],
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
          resources:
            requests:
              memory: 1Gi
            limits:
              memory: 1024Mi
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
                  memory: 256Mi
`,
      errors: [{ messageId: 'missing', line: 30, column: 21, endLine: 30, endColumn: 26 }],
    },
  ],
});
