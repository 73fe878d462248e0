import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

testRule(rule, kubernetesParser, {
  valid: [
    // approve on every signer, but no update on the approval subresource
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: half }
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: [approve]
  - apiGroups: ["*"]
    resources: [pods]
    verbs: [update, patch, get]
`,
    // approval restricted to the tool's own signer
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: my-signer-approver }
rules:
  - apiGroups: [certificates.k8s.io]
    resources: [certificatesigningrequests/approval]
    verbs: [update]
  - apiGroups: [certificates.k8s.io]
    resources: [signers]
    resourceNames: [example.com/my-signer]
    verbs: [approve]
`,
    // the two halves in different roles are judged role by role
    `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: updater }
rules:
  - apiGroups: [certificates.k8s.io]
    resources: [certificatesigningrequests/approval]
    verbs: [update]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: approver }
rules:
  - apiGroups: [certificates.k8s.io]
    resources: [signers]
    verbs: [approve]
`,
  ],
  invalid: [
    {
      code: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: approver }
rules:
  - apiGroups: [certificates.k8s.io]
    resources: [certificatesigningrequests/approval]
    verbs: [update, get]
  - apiGroups: [certificates.k8s.io]
    resources: [signers]
    verbs: [approve]
`,
      errors: [{ messageId: 'approve', line: 6, column: 17, endLine: 6, endColumn: 52 }],
    },
    {
      // the second document of a multi-document file: wildcards in the group
      code: `apiVersion: v1
kind: Namespace
metadata: { name: pki }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: pki-admin }
rules:
  - apiGroups: [certificates.k8s.io]
    resources: ["*"]
    verbs: [approve]
  - apiGroups: [certificates.k8s.io]
    resources: ["*/approval"]
    verbs: [patch]
`,
      errors: [{ messageId: 'approve', line: 13, column: 17, endLine: 13, endColumn: 29 }],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: { name: csr-all }
    rules:
      - apiGroups: [certificates.k8s.io]
        resources: ["*"]
        verbs: ["*"]
`,
      errors: [{ messageId: 'approve', line: 9, column: 21, endLine: 9, endColumn: 24 }],
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
