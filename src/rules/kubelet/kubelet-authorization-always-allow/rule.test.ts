import { kubeletConfigParser, kubeletFlagsParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [config('authorization:\n  mode: Webhook'), config('readOnlyPort: 0')],
  invalid: [
    {
      code: config('authorization:\n  mode: AlwaysAllow'),
      errors: [{ messageId: 'alwaysAllow', line: 4, column: 3, endLine: 4, endColumn: 7 }],
    },
    {
      code: staticPod('kubelet', ['--authorization-mode=AlwaysAllow']),
      errors: [{ messageId: 'alwaysAllow', line: 12, column: 11, endLine: 12, endColumn: 43 }],
    },
  ],
});

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--authorization-mode=Webhook"\n'],
  invalid: [
    {
      code: 'ExecStart=/usr/bin/kubelet --kubeconfig=/etc/kubernetes/kubelet.conf\n',
      errors: [{ messageId: 'alwaysAllow', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
  ],
});
