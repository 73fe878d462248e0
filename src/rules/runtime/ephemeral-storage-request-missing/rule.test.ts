import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      resources:
        requests:
          ephemeral-storage: 1Gi
`,
  ],
  invalid: [
    {
      // no request
      code: `${WEB_POD}      resources:
        limits:
          ephemeral-storage: 2Gi
`,
      errors: [{ messageId: 'missing', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          resources:
            requests:
              ephemeral-storage: 1Gi
`,
      errors: [{ messageId: 'missing', line: 21, column: 17, endLine: 21, endColumn: 24 }],
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
              ephemeral-storage: 1Gi
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
      errors: [{ messageId: 'missing', line: 28, column: 21, endLine: 28, endColumn: 26 }],
    },
  ],
});
