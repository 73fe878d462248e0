import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'open'>({
  id: 'KL004',
  name: 'kubelet-read-only-port',
  source: 'kubelet',
  meta: {
    title: 'Kubelet serves its read-only port',
    severity: 'high',
    description:
      'The read-only port (10255) serves pod specs, node and container metrics over plain HTTP with no authentication or authorization: environment variables, images and mounts of every pod on the node. Defaults assumed: `readOnlyPort` is 0 (off) in a KubeletConfiguration file, but `--read-only-port` is 10255 for a kubelet started without one; a flag overrides the file.',
    remediation: 'Set `readOnlyPort: 0` in the kubelet config file (and remove any `--read-only-port`).',
    references: [
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.4'] },
    aliases: { trivy: ['KCV-0082'], checkov: ['CKV_K8S_141'], kubescape: ['C-0175'], 'kube-bench': ['4.2.4'] },
    stride: ['information-disclosure'],
  },
  messages: {
    open: '{{kubelet}}: the kubelet serves pod and node data without authentication on its read-only port ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.readOnlyPort, (r, kubelet) => {
      if (typeof r.value !== 'number' || r.value === 0) return;
      ctx.report({
        messageId: 'open',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
