import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--authorization-mode=Node,RBAC']),
    staticPod('kube-apiserver', ['--authorization-config=/etc/kubernetes/authz.yaml']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--authorization-mode=RBAC,AlwaysAllow']),
      errors: [{ messageId: 'alwaysAllow', line: 12, column: 11, endLine: 12, endColumn: 48 }],
    },
    {
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-apiserver', ['--authorization-mode=Node,RBAC', '--authorization-mode=AlwaysAllow']),
      errors: [{ messageId: 'alwaysAllow', line: 13, column: 11, endLine: 13, endColumn: 43 }],
    },
  ],
});
