import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--kubelet-certificate-authority=/etc/kubernetes/pki/ca.crt']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-apiserver', ['--kubelet-certificate-authority']),
      errors: [{ messageId: 'empty', line: 12, column: 11, endLine: 12, endColumn: 42 }],
    },
  ],
});
