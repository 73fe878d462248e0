import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-controller-manager', ['--use-service-account-credentials=true']),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('kube-controller-manager', ['--use-service-account-credentials=false']),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 50 }],
    },
    {
      code: staticPod('kube-controller-manager', ['--bind-address=127.0.0.1']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
  ],
});
