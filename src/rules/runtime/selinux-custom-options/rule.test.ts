import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `${WEB_POD}      securityContext:
        seLinuxOptions:
          level: "s0:c123,c456"
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seLinuxOptions:
      type: container_init_t
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    // container options replace the pod options
    `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    seLinuxOptions:
      type: spc_t
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        seLinuxOptions:
          type: container_t
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        seLinuxOptions:
          level: "s0:c1,c2"
`,
  ],
  invalid: [
    {
      // pod-level custom type
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seLinuxOptions:
      type: custom
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'custom', line: 7, column: 5, endLine: 7, endColumn: 19 }],
    },
    {
      // second document, init container: custom user
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { seLinuxOptions: { user: system_u } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'custom', line: 23, column: 30, endLine: 23, endColumn: 44 }],
    },
    {
      // CronJob: spc_t
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
                seLinuxOptions:
                  type: spc_t
`,
      errors: [{ messageId: 'custom', line: 17, column: 17, endLine: 17, endColumn: 31 }],
    },
    {
      // List: custom role
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
                seLinuxOptions:
                  role: sysadm_r
`,
      errors: [{ messageId: 'custom', line: 28, column: 17, endLine: 28, endColumn: 31 }],
    },
    {
      // pod options inherited by one container, replaced in the other
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    seLinuxOptions:
      type: spc_t
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        seLinuxOptions:
          type: container_t
`,
      errors: [{ messageId: 'custom', line: 7, column: 5, endLine: 7, endColumn: 19 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    security_opt:
      - label:level:s0:c100,c200
`,
  ],
  invalid: [
    {
      // label:disable
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    security_opt:
      - label:disable
`,
      errors: [{ messageId: 'custom', line: 5, column: 9, endLine: 5, endColumn: 22 }],
    },
    {
      // custom type in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    security_opt: ["label=type:spc_t"]
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'custom', line: 3, column: 20, endLine: 3, endColumn: 38 }],
    },
  ],
});
