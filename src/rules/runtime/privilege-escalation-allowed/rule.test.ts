import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      securityContext:
        allowPrivilegeEscalation: false
`,
    `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext:
            allowPrivilegeEscalation: false
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            allowPrivilegeEscalation: false
`,
    // suppressed by annotation
    `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    stridebench.io/ignore: "RT002=the entrypoint drops privileges itself"
spec:
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // explicit true
      code: `${WEB_POD}      securityContext:
        allowPrivilegeEscalation: true
`,
      errors: [{ messageId: 'allowed', line: 10, column: 9, endLine: 10, endColumn: 33 }],
    },
    {
      // not set: reported at the container
      code: `${WEB_POD}      securityContext:
        runAsNonRoot: true
`,
      errors: [{ messageId: 'notForbidden', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { allowPrivilegeEscalation: true }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            allowPrivilegeEscalation: false
`,
      errors: [{ messageId: 'allowed', line: 23, column: 30, endLine: 23, endColumn: 54 }],
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
                allowPrivilegeEscalation: true
`,
      errors: [{ messageId: 'allowed', line: 17, column: 17, endLine: 17, endColumn: 41 }],
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
            allowPrivilegeEscalation: false
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
      errors: [{ messageId: 'notForbidden', line: 27, column: 21, endLine: 27, endColumn: 26 }],
    },
    {
      // one container of two
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
      securityContext:
        allowPrivilegeEscalation: false
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        allowPrivilegeEscalation: true
`,
      errors: [{ messageId: 'allowed', line: 16, column: 9, endLine: 16, endColumn: 33 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    security_opt:
      - no-new-privileges:true
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    security_opt: ["no-new-privileges"]
`,
  ],
  invalid: [
    {
      // not set: reported at the service
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'noNewPrivileges', line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
    {
      // set to false
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    security_opt:
      - no-new-privileges:false
`,
      errors: [{ messageId: 'noNewPrivilegesOff', line: 5, column: 9, endLine: 5, endColumn: 32 }],
    },
    {
      // set to false in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    security_opt:
      - no-new-privileges=false
`,
      errors: [
        {
          uri: 'compose.override.yaml',
          messageId: 'noNewPrivilegesOff',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 32,
        },
      ],
    },
  ],
});
