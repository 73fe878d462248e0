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
    - name: config
      configMap: { name: web }
    - name: data
      persistentVolumeClaim: { claimName: data }
    - name: scratch
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // scaleIO
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  volumes:
    - name: volume-a
      scaleIO:
        gateway: https://localhost:443/api
        system: scaleio
        volumeName: vol-a
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [{ messageId: 'nonCore', line: 8, column: 7, endLine: 8, endColumn: 14 }],
    },
    {
      // second document: nfs
      code: `${SHOP_AFTER_CONFIGMAP}      volumes:
        - name: shared
          nfs: { server: nfs.example.com, path: /exports/shop }
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'nonCore', line: 22, column: 11, endLine: 22, endColumn: 14 }],
    },
    {
      // CronJob: hostPath
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
      errors: [{ messageId: 'nonCore', line: 16, column: 23, endLine: 16, endColumn: 34 }],
    },
    {
      // List: flexVolume
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
            - name: flex
              flexVolume:
                driver: example.com/lvm
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'nonCore', line: 26, column: 15, endLine: 26, endColumn: 25 }],
    },
  ],
});
