import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--audit-log-maxage=30']),
    staticPod('kube-apiserver', ['--audit-log-maxage=90']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--audit-log-maxage=7']),
      errors: [{ messageId: 'tooLow', line: 12, column: 11, endLine: 12, endColumn: 31 }],
    },
    {
      code: staticPod('kube-apiserver', ['--audit-log-path=/var/log/kubernetes/audit/audit.log']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-apiserver', ['--audit-log-maxage=30', '--audit-log-maxage=7']),
      errors: [{ messageId: 'tooLow', line: 13, column: 11, endLine: 13, endColumn: 31 }],
    },
  ],
});
