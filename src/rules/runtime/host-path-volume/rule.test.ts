import { kubernetesRuntimeParser, testRule } from '../../testing.js';
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
    - name: cache
      emptyDir: {}
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      volumeMounts:
        - name: cache
          mountPath: /cache
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: data
      persistentVolumeClaim:
        claimName: data
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // mounted hostPath: reported at its path
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: logs
      hostPath:
        path: /var/log/app
        type: DirectoryOrCreate
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
      volumeMounts:
        - name: logs
          mountPath: /var/log/app
`,
      errors: [{ messageId: 'hostPath', line: 9, column: 15, endLine: 9, endColumn: 27 }],
    },
    {
      // declared but not mounted
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - hostPath:
        path: /sys
        type: ""
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'hostPath', line: 8, column: 15, endLine: 8, endColumn: 19 }],
    },
    {
      // second document
      code: `${SHOP_AFTER_CONFIGMAP}      volumes:
        - name: data
          hostPath: { path: /srv/shop }
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          volumeMounts:
            - { name: data, mountPath: /data }
`,
      errors: [{ messageId: 'hostPath', line: 22, column: 29, endLine: 22, endColumn: 38 }],
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
            - name: backup
              hostPath:
                path: /mnt/backup
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'hostPath', line: 16, column: 23, endLine: 16, endColumn: 34 }],
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
            - name: proc
              hostPath:
                path: /proc
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'hostPath', line: 27, column: 23, endLine: 27, endColumn: 28 }],
    },
    {
      // one finding for a volume two containers mount
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  volumes:
    - name: shared
      hostPath:
        path: /opt/shared
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
      volumeMounts:
        - { name: shared, mountPath: /shared }
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
      volumeMounts:
        - { name: shared, mountPath: /shared, readOnly: true }
`,
      errors: [{ messageId: 'hostPath', line: 9, column: 15, endLine: 9, endColumn: 26 }],
    },
  ],
});
