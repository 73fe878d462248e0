import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('etcd', ['--auto-tls=false']),
    staticPod('etcd', ['--data-dir=/var/lib/etcd']),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('etcd', ['--auto-tls=true']),
      errors: [{ messageId: 'autoTls', line: 12, column: 11, endLine: 12, endColumn: 26 }],
    },
    {
      code: staticPod('etcd', ['--auto-tls']),
      errors: [{ messageId: 'autoTls', line: 12, column: 11, endLine: 12, endColumn: 21 }],
    },
  ],
});
