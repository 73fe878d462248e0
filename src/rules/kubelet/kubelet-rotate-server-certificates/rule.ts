import { type KubeletDoc, resolveFeatureGate } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<KubeletDoc, 'disabled'>({
  id: 'KL011',
  name: 'kubelet-rotate-server-certificates',
  source: 'kubelet',
  meta: {
    title: 'Kubelet turns off serving-certificate rotation',
    severity: 'medium',
    description:
      'The RotateKubeletServerCertificate feature gate lets the kubelet request its serving certificate from the cluster CA and renew it before it expires. Turning it off leaves a self-signed or expiring certificate on port 10250. Default assumed: the gate is on (beta since 1.12), so only an explicit false — in `featureGates` of the config file or in `--feature-gates`, which overrides the file gate by gate — is reported.',
    remediation:
      'Remove `RotateKubeletServerCertificate: false` from `featureGates` (and `RotateKubeletServerCertificate=false` from `--feature-gates`).',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.11'] },
    aliases: { trivy: ['KCV-0091'], checkov: ['CKV_K8S_112'], kubescape: ['C-0183'], 'kube-bench': ['4.2.11'] },
    stride: ['spoofing'],
  },
  messages: {
    disabled: '{{kubelet}}: the kubelet does not rotate its serving certificate ({{setting}}).',
  },
  check(ctx, doc) {
    if (doc.kubelets.length === 0) {
      ctx.skip('no kubelet configuration in this input');
      return;
    }
    for (const kubelet of doc.kubelets) {
      const gate = resolveFeatureGate(kubelet, 'RotateKubeletServerCertificate');
      if (gate?.value === false)
        ctx.report({
          messageId: 'disabled',
          node: gate.node,
          data: { kubelet: kubelet.label, setting: gate.written },
          evidence: gate.written,
        });
    }
  },
});
