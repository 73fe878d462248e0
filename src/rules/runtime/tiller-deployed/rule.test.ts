import { kubernetesRuntimeParser, testRule } from '../../testing.js';
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
      image: registry.example.com/tiller-docs:1.0.0
`,
  ],
  invalid: [
    {
      // tiller image
      code: `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: gcr.io/kubernetes-helm/tiller:v2.16.9
`,
      errors: [{ messageId: 'tiller', line: 8, column: 7, endLine: 8, endColumn: 12 }],
    },
    {
      // second document, init container
      code: `${SHOP_AFTER_CONFIGMAP}      initContainers:
        - name: migrate
          image: ghcr.io/helm/tiller:v2.17.0
      containers:
        - name: shop
          image: registry.example.com/shop:2.1.0
`,
      errors: [{ messageId: 'tiller', line: 22, column: 11, endLine: 22, endColumn: 16 }],
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
              image: tiller
`,
      errors: [{ messageId: 'tiller', line: 15, column: 15, endLine: 15, endColumn: 20 }],
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
              image: gcr.io/kubernetes-helm/tiller:v2.8.0
`,
      errors: [{ messageId: 'tiller', line: 26, column: 15, endLine: 26, endColumn: 20 }],
    },
  ],
});
