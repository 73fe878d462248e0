import { controlPlaneParser, staticPod, testRule } from '../../testing.js';
import rule from './rule.js';

testRule(rule, controlPlaneParser, {
  valid: [
    staticPod('kube-apiserver', [
      '--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
    ]),
    // not a component this rule judges
    staticPod('kube-controller-manager', []),
  ],
  invalid: [
    {
      code: staticPod('kube-apiserver', [
        '--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_RSA_WITH_AES_128_CBC_SHA',
      ]),
      errors: [{ messageId: 'weak', line: 12, column: 11, endLine: 12, endColumn: 97 }],
    },
    {
      code: staticPod('kube-apiserver', ['--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_64_GCM_SHA256']),
      errors: [{ messageId: 'weak', line: 12, column: 11, endLine: 12, endColumn: 69 }],
    },
    {
      code: staticPod('kube-apiserver', ['--secure-port=6443']),
      errors: [{ messageId: 'default', line: 10, column: 7, endLine: 10, endColumn: 14 }],
    },
  ],
});
