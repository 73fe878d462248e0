import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('etcd', ['--peer-cert-file=/pki/etcd/peer.crt', '--peer-key-file=/pki/etcd/peer.key']),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('etcd', ['--peer-cert-file=/pki/etcd/peer.crt']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
  ],
});
