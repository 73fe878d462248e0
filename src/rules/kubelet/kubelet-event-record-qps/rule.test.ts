import { kubeletConfigParser, kubeletFlagsParser, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [config('eventRecordQPS: 50'), config('readOnlyPort: 0')],
  invalid: [
    {
      code: config('eventRecordQPS: 0'),
      errors: [{ messageId: 'unlimited', line: 3, column: 1, endLine: 3, endColumn: 15 }],
    },
  ],
});

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--event-qps=5"\n'],
  invalid: [
    {
      code: 'KUBELET_KUBEADM_ARGS="--event-qps=0"\n',
      errors: [{ messageId: 'unlimited', line: 1, column: 23, endLine: 1, endColumn: 36 }],
    },
  ],
});
