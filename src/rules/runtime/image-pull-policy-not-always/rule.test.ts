import { kubernetesRuntimeParser, testRule } from '../../testing.js';
import { SHOP_AFTER_CONFIGMAP, WEB_POD } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesRuntimeParser, {
  valid: [
    `${WEB_POD}      imagePullPolicy: Always
`,
    // latest defaults to Always
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com/web:latest
`,
    // untagged defaults to Always
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com/web
`,
    // pinned by digest
    `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: registry.example.com/web:1.4.2@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08
      imagePullPolicy: IfNotPresent
`,
  ],
  invalid: [
    {
      // tagged, no policy: reported at the image
      code: `${WEB_POD}`,
      errors: [{ messageId: 'defaulted', line: 8, column: 7, endLine: 8, endColumn: 12 }],
    },
    {
      // explicit IfNotPresent
      code: `${WEB_POD}      imagePullPolicy: IfNotPresent
`,
      errors: [{ messageId: 'explicit', line: 9, column: 7, endLine: 9, endColumn: 22 }],
    },
    {
      // second document, init container Never
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: registry.example.com/shop-migrate:2.1.0
          imagePullPolicy: Never
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
          imagePullPolicy: Always
`,
      errors: [{ messageId: 'explicit', line: 23, column: 11, endLine: 23, endColumn: 26 }],
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
              image: registry.example.com/report:1.0.4
              imagePullPolicy: IfNotPresent
`,
      errors: [{ messageId: 'explicit', line: 16, column: 15, endLine: 16, endColumn: 30 }],
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
          imagePullPolicy: Always
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
      errors: [{ messageId: 'defaulted', line: 27, column: 15, endLine: 27, endColumn: 20 }],
    },
  ],
});
