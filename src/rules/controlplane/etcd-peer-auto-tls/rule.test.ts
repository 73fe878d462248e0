import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('etcd', ['--peer-auto-tls=false']),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('etcd', ['--peer-auto-tls=true']),
      errors: [{ messageId: 'autoTls', line: 12, column: 11, endLine: 12, endColumn: 31 }],
    },
  ],
});
