import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--kubelet-https=true']),
    staticPod('kube-apiserver', ['--secure-port=6443']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--kubelet-https=false']),
      errors: [{ messageId: 'http', line: 12, column: 11, endLine: 12, endColumn: 32 }],
    },
  ],
});
