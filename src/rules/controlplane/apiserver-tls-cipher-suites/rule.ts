import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { listValue } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, STRONG_CIPHER_SUITES } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'weak' | 'default'>({
  id: 'CP028',
  name: 'apiserver-tls-cipher-suites',
  source: 'controlplane',
  meta: {
    title: 'API server allows weak TLS cipher suites',
    severity: 'medium',
    description:
      'Cipher suites without forward secrecy or authenticated encryption (RSA key exchange, CBC, 3DES, RC4) let a recorded session be decrypted later or tampered with. Default assumed: without `--tls-cipher-suites` the Go defaults apply, which still include ECDHE CBC-SHA suites, so the flag is required (as by kube-bench); a set flag must list only ECDHE suites with AES-GCM or ChaCha20-Poly1305, or TLS 1.3 suites.',
    remediation:
      'Set `--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305`.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
      'https://ssl-config.mozilla.org/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.29'] },
    aliases: { checkov: ['CKV_K8S_105'], kubescape: ['C-0277'], 'kube-bench': ['1.2.29'] },
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    weak: '{{owner}}: kube-apiserver allows cipher suites without forward secrecy or authenticated encryption: {{suites}} ({{flag}}).',
    default:
      '{{owner}}: kube-apiserver uses the Go default cipher suites, which include CBC suites (no --tls-cipher-suites).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const flag = p.flags.get('tls-cipher-suites');
      if (!flag) {
        ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner } });
        return;
      }
      const weak = listValue(flag.value).filter((s) => !STRONG_CIPHER_SUITES.has(s));
      if (flag.value !== undefined && (weak.length > 0 || flag.value.trim() === ''))
        ctx.report({
          messageId: 'weak',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text, suites: weak.join(', ') || '(none listed)' },
          evidence: flag.text,
        });
    });
  },
});
