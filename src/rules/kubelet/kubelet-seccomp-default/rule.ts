import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'unconfined'>({
  id: 'KL014',
  name: 'kubelet-seccomp-default',
  source: 'kubelet',
  meta: {
    title: 'Kubelet runs pods without a default seccomp profile',
    severity: 'medium',
    description:
      "With `seccompDefault: true` the kubelet gives every container without a seccomp profile the runtime's default one, which blocks dozens of rarely needed and often exploited system calls; without it such containers run unconfined. Default assumed: false, so an unset value is reported.",
    remediation:
      'Set `seccompDefault: true` in the kubelet config file (or `--seccomp-default`), after checking that workloads run under the RuntimeDefault profile.',
    references: [
      'https://kubernetes.io/docs/tutorials/security/seccomp/#enable-the-use-of-runtimedefault-as-the-default-seccomp-profile-for-all-workloads',
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.14'] },
    aliases: { 'kube-bench': ['4.2.14'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    unconfined: '{{kubelet}}: containers without a seccomp profile run unconfined ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.seccompDefault, (r, kubelet) => {
      if (r.value === true) return;
      ctx.report({
        messageId: 'unconfined',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
