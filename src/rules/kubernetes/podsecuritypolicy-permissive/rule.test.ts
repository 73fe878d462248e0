import { kubernetesParser, testRule } from '../../testing.js';
import { LONE_DEPLOYMENT } from '../testing.js';
import rule from './rule.js';

const restricted = `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata: { name: restricted }
spec:
  privileged: false
  allowPrivilegeEscalation: false
  requiredDropCapabilities: [ALL]
  runAsUser:
    rule: MustRunAs
    ranges: [{ min: 1000, max: 65535 }]
`;

testRule(rule, kubernetesParser, {
  valid: [restricted],
  invalid: [
    {
      code: `apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata: { name: loose }
spec:
  privileged: true
  hostPID: true
  allowPrivilegeEscalation: true
  allowedCapabilities: [NET_ADMIN]
  requiredDropCapabilities: [CAP_NET_RAW]
  runAsUser:
    rule: RunAsAny
`,
      errors: [
        { messageId: 'allows', line: 5, column: 3, endLine: 5, endColumn: 13 },
        { messageId: 'allows', line: 6, column: 3, endLine: 6, endColumn: 10 },
        { messageId: 'allows', line: 7, column: 3, endLine: 7, endColumn: 27 },
        { messageId: 'allows', line: 11, column: 11, endLine: 11, endColumn: 19 },
        { messageId: 'allows', line: 8, column: 3, endLine: 8, endColumn: 22 },
      ],
    },
    {
      // the second document of a multi-document file: UID 0 in a range; escalation and NET_RAW left to defaults
      code: `${restricted}---
apiVersion: policy/v1beta1
kind: PodSecurityPolicy
metadata: { name: ranges }
spec:
  runAsUser:
    rule: MustRunAs
    ranges:
      - { min: 0, max: 1000 }
`,
      errors: [
        { messageId: 'allows', line: 15, column: 1, endLine: 15, endColumn: 5 },
        { messageId: 'allows', line: 19, column: 16, endLine: 19, endColumn: 17 },
        { messageId: 'allows', line: 15, column: 1, endLine: 15, endColumn: 5 },
      ],
    },
    {
      code: `apiVersion: v1
kind: List
items:
  - apiVersion: policy/v1beta1
    kind: PodSecurityPolicy
    metadata: { name: host }
    spec: { hostNetwork: true, allowPrivilegeEscalation: false, requiredDropCapabilities: [ALL] }
`,
      errors: [{ messageId: 'allows', line: 7, column: 13, endLine: 7, endColumn: 24 }],
    },
  ],
  skipped: [
    // nothing to judge: skipped, never a pass
    {
      code: LONE_DEPLOYMENT,
      reason: /no PodSecurityPolicy in this input/,
    },
  ],
});
