import { kubeletConfigParser, kubeletFlagsParser, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [config('podPidsLimit: 4096')],
  invalid: [
    {
      code: config('podPidsLimit: -1'),
      errors: [{ messageId: 'unlimited', line: 3, column: 1, endLine: 3, endColumn: 13 }],
    },
    {
      code: config('readOnlyPort: 0'),
      errors: [{ messageId: 'unlimited', line: 2, column: 1, endLine: 2, endColumn: 5 }],
    },
  ],
});

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--pod-max-pids=1024"\n'],
  invalid: [
    {
      code: 'ExecStart=/usr/bin/kubelet --node-ip=10.0.0.21\n',
      errors: [{ messageId: 'unlimited', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
  ],
});
