import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
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
    runAsUser: 1000
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    // container runAsNonRoot overrides the pod
    `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsNonRoot: false
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        runAsNonRoot: true
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        runAsUser: 65534
`,
  ],
  invalid: [
    {
      // nothing set: reported at the container name
      code: `${WEB_POD}`,
      errors: [{ messageId: 'mayRunAsRoot', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // explicit UID 0
      code: `${WEB_POD}      securityContext:
        runAsUser: 0
`,
      errors: [{ messageId: 'rootUser', line: 10, column: 9, endLine: 10, endColumn: 18 }],
    },
    {
      // second document, init container runs as root
      code: `${SHOP_AFTER_CONFIGMAP}      securityContext:
        runAsUser: 1000
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext:
            runAsUser: 0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'rootUser', line: 26, column: 13, endLine: 26, endColumn: 22 }],
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
      errors: [{ messageId: 'mayRunAsRoot', line: 14, column: 21, endLine: 14, endColumn: 27 }],
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
              securityContext:
                runAsNonRoot: false
`,
      errors: [{ messageId: 'mayRunAsRoot', line: 27, column: 21, endLine: 27, endColumn: 26 }],
    },
    {
      // pod UID 0 inherited by one container, overridden by the other
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    runAsUser: 0
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        runAsUser: 1000
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'rootUser', line: 7, column: 5, endLine: 7, endColumn: 14 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    user: "1000:1000"
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    user: www-data
`,
  ],
  invalid: [
    {
      // no user
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'noUser', line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
    {
      // root
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    user: root
`,
      errors: [{ messageId: 'rootUser', line: 4, column: 5, endLine: 4, endColumn: 9 }],
    },
    {
      // UID 0 in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    user: "0:0"
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'rootUser', line: 3, column: 5, endLine: 3, endColumn: 9 }],
    },
  ],
});
