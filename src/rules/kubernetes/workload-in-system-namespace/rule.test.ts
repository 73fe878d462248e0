import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_SERVICE } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: apps/v1
kind: DaemonSet
metadata: { name: kube-proxy, namespace: kube-system }
spec:
  template:
    spec:
      priorityClassName: system-node-critical
      containers: [{ name: kube-proxy, image: "registry.k8s.io/kube-proxy:v1.31.1" }]
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Pod
metadata:
  name: mypod
  namespace: kube-system
spec:
  containers: [{ name: mypod, image: nginx }]
`,
      errors: [{ messageId: 'system', line: 5, column: 14, endLine: 5, endColumn: 25 }],
    },
    {
      // the second document of a multi-document file
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: cleanup, namespace: kube-public }
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{ name: cleanup, image: "example/cleanup:1.0" }]
`,
      errors: [{ messageId: 'system', line: 7, column: 39, endLine: 7, endColumn: 50 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: apps/v1
    kind: Deployment
    metadata: { name: backup, namespace: "kube-system" }
    spec:
      template:
        spec:
          priorityClassName: high
          containers: [{ name: backup, image: "example/backup:1.0" }]
`,
      errors: [{ messageId: 'system', line: 6, column: 42, endLine: 6, endColumn: 55 }],
    },
  ],
  skipped: [
    // not a workload
    {
      code: `apiVersion: v1
kind: ConfigMap
metadata: { name: coredns, namespace: kube-system }
data: {}
`,
      reason: /no workload in this input/,
    },
    {
      code: LONE_SERVICE,
      reason: /no workload in this input/,
    },
  ],
});
