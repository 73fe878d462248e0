import { kubeletConfigParser, kubeletFlagsParser, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [config('seccompDefault: true')],
  invalid: [
    {
      code: config('seccompDefault: false'),
      errors: [{ messageId: 'unconfined', line: 3, column: 1, endLine: 3, endColumn: 15 }],
    },
    {
      code: config('readOnlyPort: 0'),
      errors: [{ messageId: 'unconfined', line: 2, column: 1, endLine: 2, endColumn: 5 }],
    },
  ],
});

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--seccomp-default"\n'],
  invalid: [
    {
      code: 'KUBELET_KUBEADM_ARGS="--seccomp-default=false"\n',
      errors: [{ messageId: 'unconfined', line: 1, column: 23, endLine: 1, endColumn: 46 }],
    },
  ],
});
