import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: run
      emptyDir: {}
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: app
      hostPath:
        path: /var/run/app.sock
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // docker.sock, mounted read-only
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: docker
      hostPath:
        path: /var/run/docker.sock
        type: Socket
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      volumeMounts:
        - name: docker
          mountPath: /var/run/docker.sock
          readOnly: true
`,
      errors: [{ messageId: 'socket', line: 9, column: 15, endLine: 9, endColumn: 35 }],
    },
    {
      // second document: containerd socket
      code: `${SHOP_AFTER_CONFIGMAP}      volumes:
        - name: containerd
          hostPath: { path: /run/containerd/containerd.sock }
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'socket', line: 22, column: 29, endLine: 22, endColumn: 60 }],
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
          volumes:
            - name: docker
              hostPath:
                path: /var/run/docker.sock
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'socket', line: 16, column: 23, endLine: 16, endColumn: 43 }],
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
          volumes:
            - name: crio
              hostPath:
                path: /var/run/crio/crio.sock
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'socket', line: 27, column: 23, endLine: 27, endColumn: 46 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    volumes:
      - ./data:/data
`,
  ],
  invalid: [
    {
      // short syntax
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock:ro
`,
      errors: [{ messageId: 'socket', line: 5, column: 9, endLine: 5, endColumn: 53 }],
    },
    {
      // long syntax in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    volumes:
      - type: bind
        source: /run/docker.sock
        target: /var/run/docker.sock
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'socket', line: 4, column: 9, endLine: 6, endColumn: 37 }],
    },
  ],
});
