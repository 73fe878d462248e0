import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('etcd', ['--cert-file=/pki/etcd/server.crt', '--key-file=/pki/etcd/server.key']),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('etcd', ['--cert-file=/pki/etcd/server.crt']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('etcd', ['--data-dir=/var/lib/etcd']),
      errors: [
        { messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 },
        { messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 },
      ],
    },
  ],
});
