import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: reader }
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: [get, list, watch]
`,
    // an operator updating its own webhook
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: cert-manager-webhook }
rules:
  - apiGroups: [admissionregistration.k8s.io]
    resources: [validatingwebhookconfigurations]
    resourceNames: [cert-manager-webhook]
    verbs: [get, update]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: installer }
rules:
  - apiGroups: [admissionregistration.k8s.io]
    resources: [mutatingwebhookconfigurations]
    verbs: [create, list]
`,
      errors: [{ messageId: 'write', line: 6, column: 17, endLine: 6, endColumn: 46 }],
    },
    {
      // the second document of a multi-document file
      code: `apiVersion: v1
kind: Namespace
metadata: { name: policy }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: policy-admin }
rules:
  - apiGroups: [admissionregistration.k8s.io]
    resources: [validatingwebhookconfigurations]
    verbs: [patch]
`,
      errors: [{ messageId: 'write', line: 10, column: 17, endLine: 10, endColumn: 48 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: everything }
    rules:
      - apiGroups: ["*"]
        resources: ["*"]
        verbs: ["*"]
`,
      errors: [{ messageId: 'write', line: 9, column: 21, endLine: 9, endColumn: 24 }],
    },
  ],
  skipped: [
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no Role or ClusterRole in this input/,
    },
  ],
});
