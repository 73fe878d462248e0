import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

const statefulSet = (namespace: string, app: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata: { name: ${app}, namespace: ${namespace} }
spec:
  template:
    metadata:
      labels: { app: ${app}, tier: data }
    spec:
      containers: [{ name: ${app}, image: "example/${app}:1.0" }]
`;

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db, namespace: shop }
spec:
  podSelector:
    matchExpressions: [{ key: tier, operator: Exists }]
---
${statefulSet('shop', 'db')}`,
  ],
  invalid: [
    {
      code: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db, namespace: shop }
spec:
  podSelector:
    matchLabels: { app: database }
---
${statefulSet('shop', 'db')}`,
      errors: [{ messageId: 'selectsNothing', line: 5, column: 3, endLine: 5, endColumn: 14 }],
    },
    {
      // the second document of a multi-document file: NotIn excludes the only workload
      code: `${statefulSet('shop', 'db')}---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: not-db, namespace: shop }
spec:
  podSelector:
    matchExpressions: [{ key: app, operator: NotIn, values: [db] }]
`,
      errors: [{ messageId: 'selectsNothing', line: 15, column: 3, endLine: 15, endColumn: 14 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Pod
    metadata: { name: web, namespace: shop, labels: { app: web } }
    spec: { containers: [{ name: web, image: "example/web:1.0" }] }
  - apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: { name: typo, namespace: shop }
    spec: { podSelector: { matchLabels: { app: wbe } } }
`,
      errors: [{ messageId: 'selectsNothing', line: 11, column: 13, endLine: 11, endColumn: 24 }],
    },
  ],
  skipped: [
    // no workload of the namespace among the objects: its pods may be defined elsewhere
    {
      code: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: db, namespace: shop }
spec:
  podSelector: { matchLabels: { app: nothing-here } }
---
${statefulSet('other', 'db')}`,
      reason: /no workload in the namespace of a NetworkPolicy/,
    },
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no NetworkPolicy in this input/,
    },
  ],
});
