import { kubeletConfigParser, kubeletFlagsParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

const config = (body: string) => `apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n${body}\n`;

testRule(rule, kubeletConfigParser, {
  valid: [
    config('tlsCipherSuites:\n  - TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256\n  - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'),
    staticPod('kubelet', ['--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256']),
  ],
  invalid: [
    {
      code: config('tlsCipherSuites: [TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_RSA_WITH_AES_128_CBC_SHA]'),
      errors: [{ messageId: 'weak', line: 3, column: 1, endLine: 3, endColumn: 16 }],
    },
    {
      code: config('readOnlyPort: 0'),
      errors: [{ messageId: 'default', line: 2, column: 1, endLine: 2, endColumn: 5 }],
    },
    {
      code: staticPod('kubelet', ['--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_64_GCM_SHA256']),
      errors: [{ messageId: 'weak', line: 12, column: 11, endLine: 12, endColumn: 69 }],
    },
  ],
});

testRule(rule, kubeletFlagsParser, {
  valid: ['KUBELET_EXTRA_ARGS="--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"\n'],
  invalid: [
    {
      code: 'ExecStart=/usr/bin/kubelet --node-ip=10.0.0.21\n',
      errors: [{ messageId: 'default', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
  ],
});
