import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `${WEB_POD}      securityContext:
        appArmorProfile:
          type: RuntimeDefault
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    appArmorProfile:
      type: Localhost
      localhostProfile: k8s-web
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    // container profile overrides the pod
    `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    appArmorProfile:
      type: Unconfined
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        appArmorProfile:
          type: RuntimeDefault
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      securityContext:
        appArmorProfile:
          type: RuntimeDefault
`,
  ],
  invalid: [
    {
      // container Unconfined
      code: `${WEB_POD}      securityContext:
        appArmorProfile:
          type: Unconfined
`,
      errors: [{ messageId: 'unconfined', line: 11, column: 17, endLine: 11, endColumn: 27 }],
    },
    {
      // legacy annotation with a profile name outside the allowed forms
      code: `apiVersion: v1
kind: Pod
metadata:
  annotations:
    container.apparmor.security.beta.kubernetes.io/web: custom
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'notAllowed', line: 5, column: 5, endLine: 5, endColumn: 55 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          securityContext: { appArmorProfile: { type: Unconfined } }
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'unconfined', line: 23, column: 55, endLine: 23, endColumn: 65 }],
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
            appArmorProfile:
              type: Unconfined
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'unconfined', line: 15, column: 21, endLine: 15, endColumn: 31 }],
    },
    {
      // List: legacy annotation on the template
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
          annotations:
            container.apparmor.security.beta.kubernetes.io/agent: unconfined
        spec:
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'unconfined', line: 24, column: 13, endLine: 24, endColumn: 65 }],
    },
    {
      // pod Unconfined inherited by one container, overridden by the other
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    appArmorProfile:
      type: Unconfined
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      securityContext:
        appArmorProfile:
          type: RuntimeDefault
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
      - apparmor:docker-web
`,
  ],
  invalid: [
    {
      // apparmor:unconfined
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    security_opt:
      - apparmor:unconfined
`,
      errors: [{ messageId: 'unconfined', line: 5, column: 9, endLine: 5, endColumn: 28 }],
    },
    {
      // in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    security_opt: ["apparmor=unconfined"]
`,
      errors: [
        { uri: 'compose.override.yaml', messageId: 'unconfined', line: 3, column: 20, endLine: 3, endColumn: 41 },
      ],
    },
  ],
});
