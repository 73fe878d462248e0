import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--profiling=false']),
    staticPod('kube-scheduler', ['--bind-address=127.0.0.1', '--profiling=false']),
    // not a component this rule judges
    staticPod('etcd', []),
  ],
  invalid: [
    {
      code: staticPod('kube-controller-manager', ['--profiling=true']),
      errors: [{ messageId: 'enabled', line: 12, column: 11, endLine: 12, endColumn: 27 }],
    },
    {
      code: staticPod('kube-scheduler', ['--bind-address=127.0.0.1']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
    {
      code: staticPod('kube-apiserver', ['--profiling=false', '--profiling']),
      errors: [{ messageId: 'enabled', line: 13, column: 11, endLine: 13, endColumn: 22 }],
    },
  ],
});
