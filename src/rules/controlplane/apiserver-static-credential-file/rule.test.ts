import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--client-ca-file=/etc/kubernetes/pki/ca.crt']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--token-auth-file=/etc/kubernetes/tokens.csv']),
      errors: [{ messageId: 'staticFile', line: 12, column: 11, endLine: 12, endColumn: 55 }],
    },
    {
      code: staticPod('kube-apiserver', [
        '--basic-auth-file=/etc/kubernetes/users.csv',
        '--token-auth-file',
        '/etc/kubernetes/tokens.csv',
      ]),
      errors: [
        { messageId: 'staticFile', line: 12, column: 11, endLine: 12, endColumn: 54 },
        { messageId: 'staticFile', line: 13, column: 11, endLine: 14, endColumn: 37 },
      ],
    },
  ],
});
