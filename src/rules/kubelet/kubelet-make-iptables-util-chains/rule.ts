import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'disabled'>({
  id: 'KL006',
  name: 'kubelet-make-iptables-util-chains',
  source: 'kubelet',
  meta: {
    title: 'Kubelet does not manage its iptables chains',
    severity: 'low',
    description:
      "With `makeIPTablesUtilChains: false` the kubelet stops creating the iptables chains that drop marked packets and masquerade pod traffic, leaving the node's packet filtering to whatever else manages it and out of step with pod networking. Default assumed: true, so only an explicit false is reported.",
    remediation: 'Remove `makeIPTablesUtilChains: false` (or set it to true).',
    references: [
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.6'] },
    aliases: { trivy: ['KCV-0084'], checkov: ['CKV_K8S_145'], kubescape: ['C-0178'], 'kube-bench': ['4.2.6'] },
    stride: ['tampering', 'information-disclosure'],
  },
  messages: {
    disabled: '{{kubelet}}: the kubelet does not manage its iptables chains ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.makeIPTablesUtilChains, (r, kubelet) => {
      if (r.value !== false) return;
      ctx.report({
        messageId: 'disabled',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
