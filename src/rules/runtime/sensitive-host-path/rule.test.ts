import { composeRuntimeParser, kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: logs
      hostPath:
        path: /var/log/app
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
    - name: tz
      hostPath:
        path: /etc/localtime
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
    // the docker socket is RT021
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: docker
      hostPath:
        path: /var/run/docker.sock
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // /etc
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: etc
      hostPath:
        path: /etc
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      volumeMounts:
        - { name: etc, mountPath: /host/etc, readOnly: true }
`,
      errors: [{ messageId: 'sensitive', line: 9, column: 15, endLine: 9, endColumn: 19 }],
    },
    {
      // trailing slash, second document
      code: `${SHOP_AFTER_CONFIGMAP}      volumes:
        - name: root
          hostPath: { path: "/" }
        - name: kubelet
          hostPath: { path: /var/lib/kubelet/pods/ }
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [
        { messageId: 'sensitive', line: 22, column: 29, endLine: 22, endColumn: 32 },
        { messageId: 'sensitive', line: 24, column: 29, endLine: 24, endColumn: 51 },
      ],
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
            - name: pki
              hostPath:
                path: /etc/kubernetes/pki
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'sensitive', line: 16, column: 23, endLine: 16, endColumn: 42 }],
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
            - name: sys
              hostPath:
                path: /sys
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'sensitive', line: 27, column: 23, endLine: 27, endColumn: 27 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    volumes:
      - ./html:/usr/share/nginx/html:ro
      - data:/data
`,
    `services:
  web:
    image: registry.example.com/web:1.4.2
    volumes:
      - /etc/localtime:/etc/localtime:ro
`,
  ],
  invalid: [
    {
      // bind mount of /
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    volumes:
      - /:/host:ro
`,
      errors: [{ messageId: 'sensitive', line: 5, column: 9, endLine: 5, endColumn: 19 }],
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
        source: /var/lib/docker
        target: /docker
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'sensitive', line: 4, column: 9, endLine: 6, endColumn: 24 }],
    },
  ],
});
