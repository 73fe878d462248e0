import { kubernetesParser, testRule } from '../../testing.js';
import rule from './rule.js';

const deployment = (replicas: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
${replicas}  template:
    metadata:
      labels: { app: web }
    spec:
      containers: [{ name: web, image: "example/web:1.0" }]
`;

testRule(rule, kubernetesParser, {
  valid: [
    deployment('  replicas: 1\n'),
    `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: web, namespace: shop }
spec:
  minAvailable: 2
  selector:
    matchExpressions: [{ key: app, operator: In, values: [web] }]
---
${deployment('  replicas: 3\n')}`,
  ],
  invalid: [
    {
      code: deployment('  replicas: 3\n'),
      errors: [{ messageId: 'noBudget', line: 5, column: 3, endLine: 5, endColumn: 11 }],
    },
    {
      // the second document of a multi-document file: replicas left to an autoscaler; a budget of another namespace
      code: `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata: { name: web, namespace: other }
spec:
  maxUnavailable: 1
  selector: { matchLabels: { app: web } }
---
${deployment('')}`,
      errors: [{ messageId: 'noBudget', line: 10, column: 19, endLine: 10, endColumn: 22 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: policy/v1
    kind: PodDisruptionBudget
    metadata: { name: empty, namespace: shop }
    spec:
      selector: { matchLabels: { app: web } }
`,
      errors: [{ messageId: 'noPolicy', line: 7, column: 5, endLine: 7, endColumn: 9 }],
    },
  ],
  skipped: [
    // a DaemonSet runs one pod per node: not judged
    {
      code: `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: agent, namespace: shop }
spec:
  selector: { matchLabels: { app: agent } }
  template:
    metadata: { labels: { app: agent } }
    spec:
      containers: [{ name: agent, image: "example/agent:1.0" }]
`,
      reason: /no Deployment, StatefulSet or PodDisruptionBudget in this input/,
    },
  ],
});
