import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction']),
    staticPod('kube-apiserver', ['--disable-admission-plugins=DefaultStorageClass']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--disable-admission-plugins=ServiceAccount,DefaultStorageClass']),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 73 }],
    },
  ],
});
