import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--audit-log-path=/var/log/kubernetes/audit/audit.log']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--audit-policy-file=/etc/kubernetes/audit-policy.yaml']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-apiserver', ['--audit-log-path=']),
      errors: [{ messageId: 'empty', line: 12, column: 11, endLine: 12, endColumn: 28 }],
    },
  ],
});
