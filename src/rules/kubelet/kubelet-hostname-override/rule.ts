import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'overridden'>({
  id: 'KL007',
  name: 'kubelet-hostname-override',
  source: 'kubelet',
  meta: {
    title: "Kubelet overrides the node's host name",
    severity: 'low',
    description:
      "`--hostname-override` makes the kubelet register under a name other than the host's, which breaks the match between the node name and its serving certificate and lets TLS verification between the API server and kubelet be skipped. Only a command-line flag sets it; a KubeletConfiguration alone cannot say, so the rule is skipped for it. Default assumed: not set.",
    remediation:
      "Remove `--hostname-override` from the kubelet's command line (KUBELET_EXTRA_ARGS or the systemd drop-in).",
    references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/'],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.7'] },
    aliases: { trivy: ['KCV-0086'], checkov: ['CKV_K8S_146'], kubescape: ['C-0179'], 'kube-bench': ['4.2.7'] },
    stride: ['spoofing'],
  },
  messages: {
    overridden: "{{kubelet}}: the kubelet registers under a name other than the host's ({{setting}}).",
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.hostnameOverride, (r, kubelet) => {
      if (r.value === undefined) return;
      ctx.report({
        messageId: 'overridden',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
