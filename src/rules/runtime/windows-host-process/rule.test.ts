import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `${WEB_POD}      securityContext:
        windowsOptions:
          hostProcess: false
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    windowsOptions:
      hostProcess: true
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        windowsOptions:
          hostProcess: false
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        windowsOptions:
          hostProcess: false
`,
  ],
  invalid: [
    {
      // container
      code: `${WEB_POD}      securityContext:
        windowsOptions:
          hostProcess: true
`,
      errors: [{ messageId: 'hostProcess', line: 11, column: 11, endLine: 11, endColumn: 22 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { windowsOptions: { hostProcess: true } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'hostProcess', line: 23, column: 48, endLine: 23, endColumn: 59 }],
    },
    {
      // CronJob, pod level
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
          securityContext:
            windowsOptions:
              hostProcess: true
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'hostProcess', line: 15, column: 15, endLine: 15, endColumn: 26 }],
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
                windowsOptions:
                  hostProcess: true
`,
      errors: [{ messageId: 'hostProcess', line: 29, column: 19, endLine: 29, endColumn: 30 }],
    },
    {
      // pod level inherited by one container, overridden by the other
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    windowsOptions:
      hostProcess: true
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        windowsOptions:
          hostProcess: false
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'hostProcess', line: 8, column: 7, endLine: 8, endColumn: 18 }],
    },
  ],
});
