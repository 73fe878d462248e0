import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--tls-cert-file=/pki/apiserver.crt', '--tls-private-key-file=/pki/apiserver.key']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--tls-cert-file=/pki/apiserver.crt']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-apiserver', ['--tls-cert-file', '--tls-private-key-file=']),
      errors: [
        { messageId: 'empty', line: 12, column: 11, endLine: 12, endColumn: 26 },
        { messageId: 'empty', line: 13, column: 11, endLine: 13, endColumn: 34 },
      ],
    },
  ],
});
