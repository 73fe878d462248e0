import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `${WEB_POD}      securityContext:
        seccompProfile:
          type: RuntimeDefault
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    seccompProfile:
      type: Unconfined
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        seccompProfile:
          type: RuntimeDefault
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        seccompProfile:
          type: Localhost
          localhostProfile: profiles/log-shipper.json
`,
  ],
  invalid: [
    {
      // container Unconfined
      code: `${WEB_POD}      securityContext:
        seccompProfile:
          type: Unconfined
`,
      errors: [{ messageId: 'unconfined', line: 11, column: 17, endLine: 11, endColumn: 27 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { seccompProfile: { type: Unconfined } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            seccompProfile:
              type: RuntimeDefault
`,
      errors: [{ messageId: 'unconfined', line: 23, column: 54, endLine: 23, endColumn: 64 }],
    },
    {
      // CronJob: legacy pod annotation
      code: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            seccomp.security.alpha.kubernetes.io/pod: unconfined
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'unconfined', line: 12, column: 13, endLine: 12, endColumn: 53 }],
    },
    {
      // List: legacy container annotation
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata:
      name: agent
      annotations:
        container.seccomp.security.alpha.kubernetes.io/agent: unconfined
    spec:
      containers:
        - name: agent
          image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'unconfined', line: 9, column: 9, endLine: 9, endColumn: 61 }],
    },
    {
      // pod Unconfined: one finding for the container that inherits it
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    seccompProfile:
      type: Unconfined
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        seccompProfile:
          type: RuntimeDefault
`,
      errors: [{ messageId: 'unconfined', line: 8, column: 13, endLine: 8, endColumn: 23 }],
    },
    {
      // pod Unconfined inherited by both containers
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    seccompProfile:
      type: Unconfined
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'unconfined', line: 8, column: 13, endLine: 8, endColumn: 23 }],
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
      - seccomp=./profile.json
`,
    // a label option, not a seccomp setting
    `services:
  web:
    image: registry.example.com/web:1.4.2
    security_opt:
      - label:seccomp:unconfined
`,
  ],
  invalid: [
    {
      // seccomp:unconfined
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    security_opt:
      - seccomp:unconfined
`,
      errors: [{ messageId: 'unconfined', line: 5, column: 9, endLine: 5, endColumn: 27 }],
    },
    {
      // seccomp=unconfined in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    security_opt: ["seccomp=unconfined"]
`,
      errors: [
        { uri: 'compose.override.yaml', messageId: 'unconfined', line: 3, column: 20, endLine: 3, endColumn: 40 },
      ],
    },
  ],
});
