import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', ['--insecure-port=0', '--secure-port=6443']),
    staticPod('kube-apiserver', ['--bind-address=192.168.1.1']),
    staticPod('kube-apiserver', ['--insecure-bind-address=127.0.0.1']),
    staticPod('kube-apiserver', ['--insecure-bind-address=0.0.0.0', '--insecure-port=0']),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', ['--insecure-port=8080']),
      errors: [{ messageId: 'insecurePort', line: 12, column: 11, endLine: 12, endColumn: 31 }],
    },
    {
      code: staticPod('kube-apiserver', ['--insecure-bind-address=192.168.1.1']),
      errors: [{ messageId: 'insecureBind', line: 12, column: 11, endLine: 12, endColumn: 46 }],
    },
    {
      code: staticPod('kube-apiserver', ['--secure-port=0']),
      errors: [{ messageId: 'securePortOff', line: 12, column: 11, endLine: 12, endColumn: 26 }],
    },
  ],
});
