import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-controller-manager', ['--terminated-pod-gc-threshold=10']),
    staticPod('kube-controller-manager', ['--terminated-pod-gc-threshold']),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('kube-controller-manager', ['--terminated-pod-gc-threshold=0']),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 42 }],
    },
    {
      code: staticPod('kube-controller-manager', ['--bind-address=127.0.0.1']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
  ],
});
