import { kubeletConfigParser, kubeletFlagsParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [
    config('featureGates:\n  RotateKubeletServerCertificate: true'),
    config('serverTLSBootstrap: true'),
    staticPod('kubelet', ['--feature-gates=RotateKubeletServerCertificate=true']),
  ],
  invalid: [
    {
      code: config('featureGates:\n  RotateKubeletServerCertificate: false'),
      errors: [{ messageId: 'disabled', line: 4, column: 3, endLine: 4, endColumn: 33 }],
    },
    {
      code: staticPod('kubelet', ['--feature-gates=RotateKubeletServerCertificate=false']),
      errors: [{ messageId: 'disabled', line: 12, column: 11, endLine: 12, endColumn: 63 }],
    },
  ],
});

testRule(rule, kubeletFlagsParser, {
  valid: [
    'KUBELET_EXTRA_ARGS="--feature-gates=RotateKubeletServerCertificate=false,RotateKubeletServerCertificate=true"\n',
  ],
  invalid: [
    {
      code: 'KUBELET_EXTRA_ARGS="--feature-gates=RotateKubeletServerCertificate=false --node-ip=10.0.0.21"\n',
      errors: [{ messageId: 'disabled', line: 1, column: 21, endLine: 1, endColumn: 73 }],
    },
  ],
});
