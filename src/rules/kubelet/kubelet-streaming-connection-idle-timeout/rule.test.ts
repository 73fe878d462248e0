import { kubeletConfigParser, kubeletFlagsParser, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [config('streamingConnectionIdleTimeout: 5m'), config('readOnlyPort: 0')],
  invalid: [
    {
      code: config('streamingConnectionIdleTimeout: 0s'),
      errors: [{ messageId: 'noTimeout', line: 3, column: 1, endLine: 3, endColumn: 31 }],
    },
  ],
});

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--streaming-connection-idle-timeout=4h0m0s"\n'],
  invalid: [
    {
      code: 'KUBELET_KUBEADM_ARGS="--streaming-connection-idle-timeout=0"\n',
      errors: [{ messageId: 'noTimeout', line: 1, column: 23, endLine: 1, endColumn: 60 }],
    },
  ],
});
