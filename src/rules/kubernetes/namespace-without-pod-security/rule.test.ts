import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels: { pod-security.kubernetes.io/enforce: baseline }
`,
  ],
  invalid: [
    {
      code: `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    pod-security.kubernetes.io/warn: restricted
`,
      errors: [{ messageId: 'missing', line: 4, column: 9, endLine: 4, endColumn: 13 }],
    },
    {
      // the second document of a multi-document file
      code: `apiVersion: v1
kind: Namespace
metadata: { name: shop, labels: { pod-security.kubernetes.io/enforce: restricted } }
---
apiVersion: v1
kind: Namespace
metadata:
  name: monitoring
  labels:
    pod-security.kubernetes.io/enforce: privileged
`,
      errors: [{ messageId: 'privileged', line: 10, column: 41, endLine: 10, endColumn: 51 }],
    },
    {
      code: `apiVersion: v1
kind: NamespaceList
items:
  - apiVersion: v1
    kind: Namespace
    metadata: { name: jobs }
`,
      errors: [{ messageId: 'missing', line: 6, column: 23, endLine: 6, endColumn: 27 }],
    },
  ],
  skipped: [
    {
      code: `apiVersion: v1
kind: Namespace
metadata: { name: kube-system }
`,
      reason: /no Namespace other than kube-system in this input/,
    },
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no Namespace in this input/,
    },
  ],
});
