import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', [
      '--etcd-certfile=/pki/apiserver-etcd-client.crt',
      '--etcd-keyfile=/pki/apiserver-etcd-client.key',
    ]),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--etcd-certfile=/pki/apiserver-etcd-client.crt']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-apiserver', ['--etcd-servers=https://127.0.0.1:2379']),
      errors: [
        { messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 },
        { messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 },
      ],
    },
  ],
});
