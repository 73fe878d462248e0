import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-controller-manager', ['--feature-gates=RotateKubeletServerCertificate=true']),
    staticPod('kube-controller-manager', ['--bind-address=127.0.0.1']),
    staticPod('kube-controller-manager', [
      '--feature-gates=RotateKubeletServerCertificate=false',
      '--feature-gates=RotateKubeletServerCertificate=true',
    ]),
    // not a component this rule judges
    staticPod('kube-apiserver', []),
  ],
  invalid: [
    {
      code: staticPod('kube-controller-manager', [
        '--feature-gates=SomeGate=true,RotateKubeletServerCertificate=false',
      ]),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 77 }],
    },
    {
      code: staticPod('kube-controller-manager', [
        '--feature-gates=RotateKubeletServerCertificate=false',
        '--feature-gates=OtherGate=true',
      ]),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 63 }],
    },
  ],
});
