import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'unlimited'>({
  id: 'KL013',
  name: 'kubelet-pod-pids-limit',
  source: 'kubelet',
  meta: {
    title: 'Kubelet sets no limit on process IDs per pod',
    severity: 'medium',
    description:
      'Without `podPidsLimit` one pod can fork until the node runs out of process IDs, starving the kubelet, the container runtime and every other pod on the node (a fork bomb). Default assumed: -1, no limit, so an unset value is reported.',
    remediation:
      'Set `podPidsLimit` in the kubelet config file (or `--pod-max-pids`) to a value that fits your workloads, such as 4096.',
    references: [
      'https://kubernetes.io/docs/concepts/policy/pid-limiting/',
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.13'] },
    aliases: { kubescape: ['C-0284'], 'kube-bench': ['4.2.13'] },
    stride: ['denial-of-service'],
  },
  messages: {
    unlimited: '{{kubelet}}: pods may start processes until the node runs out of process IDs ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.podPidsLimit, (r, kubelet) => {
      if (typeof r.value === 'number' && r.value > 0) return;
      ctx.report({
        messageId: 'unlimited',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
