import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('etcd', ['--peer-client-cert-auth=true']),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('etcd', ['--peer-client-cert-auth=false']),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 40 }],
    },
    {
      code: staticPod('etcd', ['--name=cp-1']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
  ],
});
