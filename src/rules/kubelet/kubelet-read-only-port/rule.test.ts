import { kubeletConfigParser, kubeletFlagsParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [
    config('readOnlyPort: 0'),
    config('authentication:\n  anonymous:\n    enabled: false'),
    staticPod('kubelet', ['--read-only-port=0']),
  ],
  invalid: [
    {
      code: config('readOnlyPort: 10255'),
      errors: [{ messageId: 'open', line: 3, column: 1, endLine: 3, endColumn: 13 }],
    },
    {
      code: staticPod('kubelet', ['--read-only-port=1']),
      errors: [{ messageId: 'open', line: 12, column: 11, endLine: 12, endColumn: 29 }],
    },
  ],
});

/** A flags file and the config file its --config names. */
const withConfig = (args: string, body: string) =>
  `KUBELET_KUBEADM_ARGS="--config=/var/lib/kubelet/config.yaml ${args}"\n# file: config.yaml\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--read-only-port=0"\n'],
  invalid: [
    {
      // the flag opens the port the file closes
      code: withConfig('--read-only-port=10255', 'readOnlyPort: 0'),
      errors: [{ messageId: 'open', line: 1, column: 61, endLine: 1, endColumn: 83, uri: 'kubeadm-flags.env' }],
    },
    {
      code: withConfig('--node-ip=10.0.0.21', 'readOnlyPort: 10255'),
      errors: [{ messageId: 'open', line: 3, column: 1, endLine: 3, endColumn: 13, uri: 'config.yaml' }],
    },
    {
      code: 'ExecStart=/usr/bin/kubelet --node-ip=10.0.0.21\n',
      errors: [{ messageId: 'open', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
  ],
});
