import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--enable-admission-plugins=NodeRestriction']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--disable-admission-plugins=NamespaceLifecycle']),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 57 }],
    },
    {
      code: staticPod('kube-apiserver', ['--disable-admission-plugins', 'DefaultStorageClass,NamespaceLifecycle']),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 13, endColumn: 49 }],
    },
  ],
});
