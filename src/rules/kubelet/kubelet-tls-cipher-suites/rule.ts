import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { STRONG_CIPHER_SUITES } from '../../controlplane/components.js';
import { defineAuditRule } from '../../rule.js';
import { eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'weak' | 'default'>({
  id: 'KL012',
  name: 'kubelet-tls-cipher-suites',
  source: 'kubelet',
  meta: {
    title: 'Kubelet allows weak TLS cipher suites',
    severity: 'medium',
    description:
      'Cipher suites without forward secrecy or authenticated encryption (RSA key exchange, CBC, 3DES, RC4) let a recorded kubelet session — exec, logs, port-forward — be decrypted later or tampered with. Default assumed: without `tlsCipherSuites` the Go defaults apply, which still include ECDHE CBC-SHA suites, so the setting is required (as by kube-bench); a set list must hold only ECDHE suites with AES-GCM or ChaCha20-Poly1305.',
    remediation:
      'Set `tlsCipherSuites` to `[TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256, TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305, TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384, TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305, TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384]` or a subset.',
    references: [
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
      'https://ssl-config.mozilla.org/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.12'] },
    aliases: { trivy: ['KCV-0092'], checkov: ['CKV_K8S_151'], kubescape: ['C-0184'], 'kube-bench': ['4.2.12'] },
    stride: ['information-disclosure', 'tampering'],
  },
  messages: {
    weak: '{{kubelet}}: the kubelet allows cipher suites without forward secrecy or authenticated encryption: {{suites}} ({{setting}}).',
    default: '{{kubelet}}: the kubelet uses the Go default cipher suites, which include CBC suites ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.tlsCipherSuites, (r, kubelet) => {
      if (r.from === 'default') {
        ctx.report({
          messageId: 'default',
          node: r.node,
          data: { kubelet: kubelet.label, setting: `${r.name} is not set` },
        });
        return;
      }
      const weak = (r.value ?? []).filter((s) => !STRONG_CIPHER_SUITES.has(s));
      if (weak.length > 0 || (r.value ?? []).length === 0)
        ctx.report({
          messageId: 'weak',
          node: r.node,
          data: { kubelet: kubelet.label, setting: r.written, suites: weak.join(', ') || '(none listed)' },
          evidence: r.written,
        });
    });
  },
});
