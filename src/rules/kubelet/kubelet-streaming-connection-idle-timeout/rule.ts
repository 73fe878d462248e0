import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'noTimeout'>({
  id: 'KL005',
  name: 'kubelet-streaming-connection-idle-timeout',
  source: 'kubelet',
  meta: {
    title: 'Kubelet never closes idle streaming connections',
    severity: 'medium',
    description:
      '`streamingConnectionIdleTimeout: 0` keeps exec, attach and port-forward connections open forever: forgotten sessions stay usable and pile up until the node runs out of resources. Default assumed: 4h, so only an explicit 0 is reported.',
    remediation: 'Set `streamingConnectionIdleTimeout` to a bounded value such as `5m`.',
    references: [
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.5'] },
    aliases: { trivy: ['KCV-0085'], checkov: ['CKV_K8S_143'], kubescape: ['C-0176'], 'kube-bench': ['4.2.5'] },
    stride: ['denial-of-service'],
  },
  messages: {
    noTimeout: '{{kubelet}}: the kubelet keeps idle exec and port-forward connections open forever ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.streamingConnectionIdleTimeout, (r, kubelet) => {
      if (r.value !== 0) return;
      ctx.report({
        messageId: 'noTimeout',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
