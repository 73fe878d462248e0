import { kubeletConfigParser, kubeletFlagsParser, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [config('authentication:\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt')],
  invalid: [
    {
      code: config('authentication:\n  webhook:\n    enabled: true'),
      errors: [{ messageId: 'missing', line: 3, column: 1, endLine: 3, endColumn: 15 }],
    },
    {
      code: config('readOnlyPort: 0'),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 5 }],
    },
    {
      code: config('authentication:\n  x509:\n    clientCAFile: ""'),
      errors: [{ messageId: 'missing', line: 5, column: 5, endLine: 5, endColumn: 17 }],
    },
  ],
});

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_KUBEADM_ARGS="--client-ca-file=/etc/kubernetes/pki/ca.crt"\n'],
  invalid: [
    {
      code: 'ExecStart=/usr/bin/kubelet --root-ca-file=/etc/kubernetes/pki/ca.crt\n',
      errors: [{ messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
  ],
});
