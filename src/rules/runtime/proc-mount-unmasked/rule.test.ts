import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `${WEB_POD}      securityContext:
        procMount: Default
`,
  ],
  invalid: [
    {
      // Unmasked
      code: `${WEB_POD}      securityContext:
        procMount: Unmasked
`,
      errors: [{ messageId: 'unmasked', line: 10, column: 9, endLine: 10, endColumn: 18 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { procMount: Unmasked }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'unmasked', line: 23, column: 30, endLine: 23, endColumn: 39 }],
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
              securityContext:
                procMount: Unmasked
`,
      errors: [{ messageId: 'unmasked', line: 17, column: 17, endLine: 17, endColumn: 26 }],
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
              securityContext:
                procMount: Unmasked
`,
      errors: [{ messageId: 'unmasked', line: 28, column: 17, endLine: 28, endColumn: 26 }],
    },
  ],
});
