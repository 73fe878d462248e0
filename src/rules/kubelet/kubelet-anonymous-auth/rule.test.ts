import { kubeletConfigParser, kubeletFlagsParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [
    config('authentication:\n  anonymous:\n    enabled: false'),
    config('authentication:\n  webhook:\n    enabled: true'),
  ],
  invalid: [
    {
      code: config('authentication:\n  anonymous:\n    enabled: true'),
      errors: [{ messageId: 'anonymous', line: 5, column: 5, endLine: 5, endColumn: 12 }],
    },
    {
      code: staticPod('kubelet', ['--anonymous-auth=true']),
      errors: [{ messageId: 'anonymous', line: 12, column: 11, endLine: 12, endColumn: 32 }],
    },
  ],
});

/** A flags file and the config file its --config names. */
const withConfig = (args: string, body: string) =>
  `KUBELET_KUBEADM_ARGS="--config=/var/lib/kubelet/config.yaml ${args}"\n# file: config.yaml\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--config=/var/lib/kubelet/config.yaml --anonymous-auth=false"\n'],
  invalid: [
    {
      // the file turns it off, the flag back on
      code: withConfig('--anonymous-auth=true', 'authentication:\n  anonymous:\n    enabled: false'),
      errors: [{ messageId: 'anonymous', line: 1, column: 61, endLine: 1, endColumn: 82, uri: 'kubeadm-flags.env' }],
    },
    {
      code: withConfig('--node-ip=10.0.0.21', 'authentication:\n  anonymous:\n    enabled: true'),
      errors: [{ messageId: 'anonymous', line: 5, column: 5, endLine: 5, endColumn: 12, uri: 'config.yaml' }],
    },
    {
      code: 'ExecStart=/usr/bin/kubelet --container-runtime-endpoint=unix:///run/containerd/containerd.sock\n',
      errors: [{ messageId: 'anonymous', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
    {
      code: 'KUBELET_KUBEADM_ARGS="--anonymous-auth=false --anonymous-auth=true"\n',
      errors: [{ messageId: 'anonymous', line: 1, column: 46, endLine: 1, endColumn: 67 }],
    },
  ],
});
