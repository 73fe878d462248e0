import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction,DenyServiceExternalIPs']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction']),
      errors: [{ messageId: 'notEnabled', line: 12, column: 11, endLine: 12, endColumn: 53 }],
    },
    {
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-apiserver', [
        '--enable-admission-plugins=DenyServiceExternalIPs',
        '--enable-admission-plugins=NodeRestriction',
      ]),
      errors: [{ messageId: 'notEnabled', line: 13, column: 11, endLine: 13, endColumn: 53 }],
    },
  ],
});
