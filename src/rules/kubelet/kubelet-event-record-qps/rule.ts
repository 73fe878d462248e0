import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'unlimited'>({
  id: 'KL008',
  name: 'kubelet-event-record-qps',
  source: 'kubelet',
  meta: {
    title: 'Kubelet sends events without a rate limit',
    severity: 'low',
    description:
      '`eventRecordQPS` limits how many events per second the kubelet creates. The CIS Benchmark asks for a level that captures security-relevant events and notes that 0, unlimited, lets a noisy node flood the API server. Reported: 0 (or less). Default assumed: 50 per second, which passes; as with kube-bench, which low value is too low is left to review (checkov CKV_K8S_147 instead fails any value above 5).',
    remediation: 'Set `eventRecordQPS` to a bounded value that fits the node (the default, 50, for most).',
    references: [
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.8'] },
    aliases: { trivy: ['KCV-0087'], kubescape: ['C-0180'], 'kube-bench': ['4.2.8'] },
    stride: ['denial-of-service', 'repudiation'],
  },
  messages: {
    unlimited: '{{kubelet}}: the kubelet creates events without a rate limit ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.eventRecordQPS, (r, kubelet) => {
      if (typeof r.value !== 'number' || r.value > 0) return;
      ctx.report({
        messageId: 'unlimited',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
