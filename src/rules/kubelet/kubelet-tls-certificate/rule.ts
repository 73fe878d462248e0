import { KUBELET_SETTINGS, type KubeletDoc, resolveSetting } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'missing'>({
  id: 'KL009',
  name: 'kubelet-tls-certificate',
  source: 'kubelet',
  meta: {
    title: 'Kubelet serves a self-signed certificate',
    severity: 'medium',
    description:
      'Without `tlsCertFile` and `tlsPrivateKeyFile` the kubelet serves its API (10250) with a self-signed certificate that the API server cannot verify, so a host on the path can pose as the kubelet. A kubelet with `serverTLSBootstrap: true` (`--rotate-server-certificates`) requests its serving certificate from the cluster CA instead, and is not reported — kube-bench reports it, a known false positive. Default assumed: neither file is set and bootstrapping is off.',
    remediation:
      'Set `serverTLSBootstrap: true` and approve the kubelet serving CSRs, or set `tlsCertFile` and `tlsPrivateKeyFile` to a certificate from the cluster CA.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation',
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.9'] },
    aliases: {
      trivy: ['KCV-0088', 'KCV-0089'],
      checkov: ['CKV_K8S_148'],
      kubescape: ['C-0181'],
      'kube-bench': ['4.2.9'],
    },
    stride: ['spoofing', 'information-disclosure'],
  },
  messages: {
    missing: '{{kubelet}}: the kubelet serves a self-signed certificate ({{setting}}).',
  },
  check(ctx, doc) {
    if (doc.kubelets.length === 0) {
      ctx.skip('no kubelet configuration in this input');
      return;
    }
    for (const kubelet of doc.kubelets) {
      const bootstrap = resolveSetting(kubelet, KUBELET_SETTINGS.serverTLSBootstrap);
      if (bootstrap.from === 'unknown' || bootstrap.value === true) continue;
      for (const setting of [KUBELET_SETTINGS.tlsCertFile, KUBELET_SETTINGS.tlsPrivateKeyFile]) {
        const r = resolveSetting(kubelet, setting);
        if (r.from === 'unknown' || r.value?.trim()) continue;
        ctx.report({
          messageId: 'missing',
          node: r.node,
          data: { kubelet: kubelet.label, setting: r.from === 'default' ? `${r.name} is not set` : describe(r) },
        });
      }
    }
  },
});
