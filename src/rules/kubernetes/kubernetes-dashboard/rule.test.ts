import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_SERVICE } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: apps/v1
kind: Deployment
metadata: { name: grafana, namespace: monitoring }
spec:
  template:
    metadata: { labels: { app: grafana } }
    spec:
      containers: [{ name: grafana, image: "grafana/grafana:11.2.0" }]
`,
  ],
  invalid: [
    {
      code: `apiVersion: apps/v1
kind: Deployment
metadata: { name: kubernetes-dashboard, namespace: kubernetes-dashboard }
spec:
  template:
    spec:
      containers:
        - name: dashboard
          image: kubernetesui/dashboard:v2.7.0
`,
      errors: [{ messageId: 'dashboard', line: 9, column: 18, endLine: 9, endColumn: 47 }],
    },
    {
      // the second document of a multi-document file: recognised by its labels, with login skipped
      code: `apiVersion: v1
kind: Namespace
metadata: { name: ops }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: ui, namespace: ops }
spec:
  template:
    metadata:
      labels: { k8s-app: kubernetes-dashboard }
    spec:
      containers:
        - name: ui
          image: registry.example.com/ops/ui:1.0
          args: [--enable-skip-login]
`,
      errors: [{ messageId: 'skipLogin', line: 11, column: 7, endLine: 11, endColumn: 13 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: { name: dash, namespace: ops, labels: { app: kubernetes-dashboard } }
    spec:
      containers: [{ name: dash, image: "example/dash:1.0" }]
`,
      errors: [{ messageId: 'dashboard', line: 6, column: 45, endLine: 6, endColumn: 51 }],
    },
  ],
  skipped: [
    // nothing to judge: skipped, never a pass
    {
      code: LONE_SERVICE,
      reason: /no workload in this input/,
    },
  ],
});
