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
  containers:
    - name: web
      image: registry.example.com/web@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com:5000/web:1.4.2
`,
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: "{{ .Values.image }}"
`,
  ],
  invalid: [
    {
      // latest
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com/web:latest
`,
      errors: [{ messageId: 'latest', line: 8, column: 7, endLine: 8, endColumn: 12 }],
    },
    {
      // no tag behind a registry port
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com:5000/web
`,
      errors: [{ messageId: 'untagged', line: 8, column: 7, endLine: 8, endColumn: 12 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'untagged', line: 22, column: 11, endLine: 22, endColumn: 16 }],
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
              image: registry.example.com/report:latest
`,
      errors: [{ messageId: 'latest', line: 15, column: 15, endLine: 15, endColumn: 20 }],
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
          containers:
            - name: agent
              image: registry.example.com/agent
`,
      errors: [{ messageId: 'untagged', line: 26, column: 15, endLine: 26, endColumn: 20 }],
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
    image: registry.example.com/web:1.4.2@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
`,
  ],
  invalid: [
    {
      // no tag
      code: `services:
  web:
    image: registry.example.com/web
`,
      errors: [{ messageId: 'untagged', line: 3, column: 5, endLine: 3, endColumn: 10 }],
    },
    {
      // latest in the override file
      code: `services:
  web:
    image: registry.example.com/web:1.4.2
# file: compose.override.yaml
services:
  web:
    image: nginx:latest
`,
      errors: [{ uri: 'compose.override.yaml', messageId: 'latest', line: 3, column: 5, endLine: 3, endColumn: 10 }],
    },
  ],
});
