import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      securityContext:
        seccompProfile:
          type: RuntimeDefault
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    seccompProfile:
      type: RuntimeDefault
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    `${WEB_POD}      securityContext:
        seccompProfile:
          type: Localhost
          localhostProfile: profiles/web.json
`,
    // legacy pod annotation
    `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations:
    seccomp.security.alpha.kubernetes.io/pod: docker/default
spec:
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
          localhostProfile: shipper.json
`,
  ],
  invalid: [
    {
      // not set
      code: `${WEB_POD}`,
      errors: [{ messageId: 'missing', line: 7, column: 13, endLine: 7, endColumn: 16 }],
    },
    {
      // not a known type
      code: `${WEB_POD}      securityContext:
        seccompProfile:
          localhostProfile: profiles/audit.json
          type: LocalPort
`,
      errors: [{ messageId: 'notAllowed', line: 12, column: 17, endLine: 12, endColumn: 26 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          securityContext:
            seccompProfile:
              type: RuntimeDefault
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
          securityContext:
            seccompProfile:
              type: Unconfined
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'notAllowed', line: 15, column: 21, endLine: 15, endColumn: 31 }],
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
            seccompProfile:
              type: RuntimeDefault
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
    {
      // pod Unconfined inherited by one container, overridden by the other
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
      securityContext:
        seccompProfile:
          type: RuntimeDefault
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'notAllowed', line: 8, column: 13, endLine: 8, endColumn: 23 }],
    },
  ],
});
