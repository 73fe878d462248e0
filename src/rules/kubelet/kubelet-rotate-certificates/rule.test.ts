import { kubeletConfigParser, kubeletFlagsParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [config('rotateCertificates: true')],
  invalid: [
    {
      code: config('rotateCertificates: false'),
      errors: [{ messageId: 'notRotated', line: 3, column: 1, endLine: 3, endColumn: 19 }],
    },
    {
      code: config('readOnlyPort: 0'),
      errors: [{ messageId: 'notRotated', line: 2, column: 1, endLine: 2, endColumn: 5 }],
    },
    {
      code: staticPod('kubelet', ['--rotate-certificates=false']),
      errors: [{ messageId: 'notRotated', line: 12, column: 11, endLine: 12, endColumn: 38 }],
    },
  ],
});

/** A flags file and the config file its --config names. */
const withConfig = (args: string, body: string) =>
  `KUBELET_KUBEADM_ARGS="--config=/var/lib/kubelet/config.yaml ${args}"\n# file: config.yaml\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--rotate-certificates"\n'],
  invalid: [
    {
      // set nowhere: reported at the config file, where it belongs
      code: withConfig('--node-ip=10.0.0.21', 'readOnlyPort: 0'),
      errors: [{ messageId: 'notRotated', line: 2, column: 1, endLine: 2, endColumn: 5, uri: 'config.yaml' }],
    },
    {
      code: withConfig('--rotate-certificates=false', 'rotateCertificates: true'),
      errors: [{ messageId: 'notRotated', line: 1, column: 61, endLine: 1, endColumn: 88, uri: 'kubeadm-flags.env' }],
    },
    {
      code: 'KUBELET_KUBEADM_ARGS="--rotate-certificates=false"\n',
      errors: [{ messageId: 'notRotated', line: 1, column: 23, endLine: 1, endColumn: 50 }],
    },
  ],
});
