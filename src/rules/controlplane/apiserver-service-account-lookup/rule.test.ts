import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--service-account-lookup=true']),
    staticPod('kube-apiserver', ['--secure-port=6443']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--service-account-lookup=false']),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 41 }],
    },
    {
      code: staticPod('kube-apiserver', ['--service-account-lookup=true', '--service-account-lookup=false']),
      errors: [{ messageId: 'disabled', line: 13, column: 11, endLine: 13, endColumn: 41 }],
    },
  ],
});
