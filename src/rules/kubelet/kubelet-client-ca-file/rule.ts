import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'missing'>({
  id: 'KL003',
  name: 'kubelet-client-ca-file',
  source: 'kubelet',
  meta: {
    title: 'Kubelet does not authenticate client certificates',
    severity: 'high',
    description:
      "`authentication.x509.clientCAFile` (`--client-ca-file`) is the CA the kubelet checks client certificates against — the API server's among them. Without it, certificate authentication is off and callers must be anonymous or bearer-token users. Default assumed: not set.",
    remediation: 'Set `authentication.x509.clientCAFile` to the cluster CA (kubeadm: `/etc/kubernetes/pki/ca.crt`).',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/',
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.3'] },
    aliases: { trivy: ['KCV-0081'], checkov: ['CKV_K8S_140'], kubescape: ['C-0174'], 'kube-bench': ['4.2.3'] },
    stride: ['spoofing'],
  },
  messages: {
    missing: '{{kubelet}}: the kubelet does not verify client certificates ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.clientCAFile, (r, kubelet) => {
      if (r.value?.trim()) return;
      ctx.report({
        messageId: 'missing',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
