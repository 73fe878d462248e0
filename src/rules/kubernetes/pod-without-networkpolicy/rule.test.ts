import { describe, expect, it } from 'vitest';
import { auditText } from '../../audit.js';
import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_SERVICE } from '../testing.js';
import rule from './rule.js';

const deployment = (namespace: string, app: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${app}, namespace: ${namespace} }
spec:
  template:
    metadata:
      labels: { app: ${app} }
    spec:
      containers: [{ name: ${app}, image: "example/${app}:1.0" }]
`;

testRule(rule, kubernetesParser, {
  valid: [
    // a default-deny policy for both directions covers every pod of the namespace
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny, namespace: shop }
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
${deployment('shop', 'web')}`,
    // policyTypes left to the defaults: Ingress, and Egress because egress rules are given
    `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web, namespace: shop }
spec:
  podSelector:
    matchExpressions: [{ key: app, operator: In, values: [web, api] }]
  ingress: [{}]
  egress: [{ to: [{ podSelector: { matchLabels: { app: db } } }] }]
---
${deployment('shop', 'web')}`,
    `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny, namespace: shop }
spec: { podSelector: {}, policyTypes: [Ingress, Egress] }
`,
  ],
  invalid: [
    {
      code: deployment('shop', 'web'),
      errors: [{ messageId: 'none', line: 7, column: 7, endLine: 7, endColumn: 13 }],
    },
    {
      // the second document of a multi-document file: ingress only; and a policy of another namespace
      code: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: web-in, namespace: shop }
spec:
  podSelector: { matchLabels: { app: web } }
  ingress: [{ from: [{ podSelector: {} }] }]
---
${deployment('shop', 'web')}---
${deployment('jobs', 'web')}`,
      errors: [
        { messageId: 'noEgress', line: 14, column: 7, endLine: 14, endColumn: 13 },
        { messageId: 'none', line: 24, column: 7, endLine: 24, endColumn: 13 },
      ],
    },
    {
      // inside a List: egress only, and a Namespace without any policy
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Namespace
    metadata: { name: batch }
  - apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: { name: dns-only, namespace: shop }
    spec:
      podSelector: {}
      policyTypes: [Egress]
  - apiVersion: v1
    kind: Pod
    metadata:
      name: web
      namespace: shop
      labels: { app: web }
    spec:
      containers: [{ name: web, image: "example/web:1.0" }]
`,
      errors: [
        { messageId: 'namespace', line: 6, column: 23, endLine: 6, endColumn: 28 },
        { messageId: 'noIngress', line: 18, column: 7, endLine: 18, endColumn: 13 },
      ],
    },
  ],
  skipped: [
    // NetworkPolicy cannot isolate pods on the host network
    {
      code: `apiVersion: v1
kind: Pod
metadata: { name: agent, namespace: monitoring }
spec:
  hostNetwork: true
  containers: [{ name: agent, image: "example/agent:1.0" }]
`,
      reason: /no Namespace or workload on the pod network/,
    },
    // nothing to judge: skipped, never a pass
    {
      code: LONE_SERVICE,
      reason: /no Namespace or workload on the pod network in this input/,
    },
  ],
});

describe('KS019 across the files of one audit', () => {
  it('counts a policy of another manifest given in the same run', () => {
    const policy = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: default-deny, namespace: shop }
spec: { podSelector: {}, policyTypes: [Ingress, Egress] }
`;
    const policyDoc = kubernetesParser.parse(policy, 'netpol.yaml');
    const workload = deployment('shop', 'web');
    const alone = auditText(workload, 'deploy.yaml', 'kubernetes');
    expect(alone.findings.filter((f) => f.ruleId === 'KS019')).toHaveLength(1);
    const workloadDoc = kubernetesParser.parse(workload, 'deploy.yaml');
    const cluster = [...policyDoc.objects, ...workloadDoc.objects];
    workloadDoc.cluster = cluster;
    const together = auditText(
      workload,
      'deploy.yaml',
      'kubernetes',
      {},
      {
        kubernetes: new Map([['deploy.yaml', workloadDoc]]),
      },
    );
    expect(together.findings.filter((f) => f.ruleId === 'KS019')).toEqual([]);
  });
});
