import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--authorization-mode=Node,RBAC']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--authorization-mode=RBAC']),
      errors: [{ messageId: 'missing', line: 12, column: 11, endLine: 12, endColumn: 36 }],
    },
    {
      code: staticPod('kube-apiserver', ['--authorization-mode=RBAC,node']),
      errors: [{ messageId: 'missing', line: 12, column: 11, endLine: 12, endColumn: 41 }],
    },
    {
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
  ],
});
