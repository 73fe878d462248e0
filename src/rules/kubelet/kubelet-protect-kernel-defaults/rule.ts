import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'unprotected'>({
  id: 'KL015',
  name: 'kubelet-protect-kernel-defaults',
  source: 'kubelet',
  meta: {
    title: 'Kubelet changes kernel settings instead of refusing to start',
    severity: 'low',
    description:
      "With `protectKernelDefaults: true` the kubelet refuses to start when kernel tunables (`vm.overcommit_memory`, `kernel.panic`...) differ from what it needs, rather than silently changing them; the node's hardening then stays as its owner set it. It is no longer in CIS Kubernetes 1.12 but trivy, checkov and kubescape still check it. Default assumed: false, so an unset value is reported.",
    remediation:
      'Set the kernel tunables the kubelet expects in sysctl configuration, then `protectKernelDefaults: true` in the kubelet config file.',
    references: [
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/',
    ],
    frameworks: {},
    aliases: { trivy: ['KCV-0083'], checkov: ['CKV_K8S_144'], kubescape: ['C-0177'] },
    stride: ['tampering'],
  },
  messages: {
    unprotected: '{{kubelet}}: the kubelet overrides kernel tunables it disagrees with ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.protectKernelDefaults, (r, kubelet) => {
      if (r.value === true) return;
      ctx.report({
        messageId: 'unprotected',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
