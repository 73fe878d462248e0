import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', [
      '--kubelet-client-certificate=/pki/apiserver-kubelet-client.crt',
      '--kubelet-client-key=/pki/apiserver-kubelet-client.key',
    ]),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--kubelet-client-certificate=/pki/apiserver-kubelet-client.crt']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [
        { messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 },
        { messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 },
      ],
    },
    {
      code: staticPod('kube-apiserver', [
        '--kubelet-client-certificate=/pki/apiserver-kubelet-client.crt',
        '--kubelet-client-key=',
      ]),
      errors: [{ messageId: 'empty', line: 13, column: 11, endLine: 13, endColumn: 32 }],
    },
  ],
});
