import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction']),
    staticPod('kube-apiserver', ['--secure-port=6443']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction,AlwaysAdmit']),
      errors: [{ messageId: 'alwaysAdmit', line: 12, column: 11, endLine: 12, endColumn: 65 }],
    },
    {
      code: staticPod('kube-apiserver', ['--admission-control=AlwaysAdmit']),
      errors: [{ messageId: 'alwaysAdmit', line: 12, column: 11, endLine: 12, endColumn: 42 }],
    },
  ],
});
