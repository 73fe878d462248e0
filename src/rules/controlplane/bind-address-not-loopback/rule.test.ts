import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-scheduler', ['--bind-address=127.0.0.1']),
    staticPod('kube-controller-manager', ['--bind-address=::1']),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('kube-controller-manager', ['--bind-address=0.0.0.0']),
      errors: [{ messageId: 'exposed', line: 12, column: 11, endLine: 12, endColumn: 33 }],
    },
    {
      code: staticPod('kube-scheduler', ['--leader-elect=true']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-scheduler', ['--bind-address=127.0.0.1', '--bind-address=10.0.0.10']),
      errors: [{ messageId: 'exposed', line: 13, column: 11, endLine: 13, endColumn: 35 }],
    },
  ],
});
