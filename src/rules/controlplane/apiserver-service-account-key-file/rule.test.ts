import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--service-account-key-file=/etc/kubernetes/pki/sa.pub']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--service-account-issuer=https://kubernetes.default.svc']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
  ],
});
