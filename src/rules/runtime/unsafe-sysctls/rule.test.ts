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
  securityContext:
    sysctls:
      - name: kernel.shm_rmid_forced
        value: "0"
      - name: net/ipv4/ip_local_port_range
        value: "1024 65000"
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
  ],
  invalid: [
    {
      // one finding per unsafe sysctl
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  securityContext:
    sysctls:
      - name: net.core.somaxconn
        value: "1024"
      - name: kernel.shm_rmid_forced
        value: "1"
      - name: kernel.msgmax
        value: "65536"
  containers:
    - name: web
      image: registry.example.com/web:1.4.2
`,
      errors: [
        { messageId: 'unsafe', line: 8, column: 15, endLine: 8, endColumn: 33 },
        { messageId: 'unsafe', line: 12, column: 15, endLine: 12, endColumn: 28 },
      ],
    },
    {
      // second document
      code: `${SHOP_AFTER_CONFIGMAP}      securityContext:
        sysctls:
          - { name: vm.swappiness, value: "10" }
      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'unsafe', line: 22, column: 21, endLine: 22, endColumn: 34 }],
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
            sysctls:
              - name: net.ipv4.ip_forward
                value: "1"
          containers:
            - name: report
              image: registry.example.com/report:1.0.4
`,
      errors: [{ messageId: 'unsafe', line: 15, column: 23, endLine: 15, endColumn: 42 }],
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
          securityContext:
            sysctls:
              - name: kernel.sem
                value: "250 32000 100 128"
          containers:
            - name: agent
              image: registry.example.com/agent:0.9.1
`,
      errors: [{ messageId: 'unsafe', line: 26, column: 23, endLine: 26, endColumn: 33 }],
    },
    {
      // one finding for a pod of two containers
      code: `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  securityContext:
    sysctls:
      - name: net.core.somaxconn
        value: "4096"
  containers:
    - name: app
      image: registry.example.com/api:5.2.0
    - name: sidecar
      image: registry.example.com/log-shipper:1.1.0
`,
      errors: [{ messageId: 'unsafe', line: 8, column: 15, endLine: 8, endColumn: 33 }],
    },
  ],
});

testRule(rule, composeRuntimeParser, {
  valid: [
    `services:
  web:
    image: registry.example.com/web:1.4.2
    sysctls:
      net.ipv4.tcp_syncookies: 1
`,
  ],
  invalid: [
    {
      // mapping syntax
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
    sysctls:
      net.core.somaxconn: 1024
`,
      errors: [{ messageId: 'unsafe', line: 5, column: 7, endLine: 5, endColumn: 31 }],
    },
    {
      // list syntax in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    sysctls:
      - net.ipv4.ip_forward=1
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'unsafe', line: 4, column: 9, endLine: 4, endColumn: 30 }],
    },
  ],
});
