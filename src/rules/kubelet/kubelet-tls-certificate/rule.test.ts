import { kubeletConfigParser, kubeletFlagsParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [
    config('tlsCertFile: /var/lib/kubelet/pki/kubelet.crt\ntlsPrivateKeyFile: /var/lib/kubelet/pki/kubelet.key'),
    // the serving certificate comes from the cluster CA
    config('serverTLSBootstrap: true'),
    staticPod('kubelet', ['--tls-cert-file=test.pem', '--tls-private-key-file=test.key']),
  ],
  invalid: [
    {
      code: config('tlsCertFile: /var/lib/kubelet/pki/kubelet.crt'),
      errors: [{ messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 5 }],
    },
    {
      code: config('serverTLSBootstrap: false'),
      errors: [
        { messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 5 },
        { messageId: 'missing', line: 2, column: 1, endLine: 2, endColumn: 5 },
      ],
    },
    {
      code: staticPod('kubelet', ['--tls-cert-file=test.pem']),
      errors: [{ messageId: 'missing', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
  ],
});

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_EXTRA_ARGS="--rotate-server-certificates=true"\n'],
  invalid: [
    {
      code: 'ExecStart=/usr/bin/kubelet --tls-cert-file=/pki/kubelet.crt --tls-private-key-file=\n',
      errors: [{ messageId: 'missing', line: 1, column: 61, endLine: 1, endColumn: 84 }],
    },
  ],
});
