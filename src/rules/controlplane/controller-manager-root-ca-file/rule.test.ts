import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-controller-manager', ['--root-ca-file=/etc/kubernetes/pki/ca.crt']),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('kube-controller-manager', ['--bind-address=127.0.0.1']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
  ],
});
