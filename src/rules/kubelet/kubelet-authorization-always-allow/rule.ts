import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'alwaysAllow'>({
  id: 'KL002',
  name: 'kubelet-authorization-always-allow',
  source: 'kubelet',
  meta: {
    title: 'Kubelet authorizes every request',
    severity: 'critical',
    description:
      "With `authorization.mode: AlwaysAllow` every request that passes authentication — or every request, with anonymous access on — may read pod logs, exec into containers and read the node's secrets. Webhook mode asks the API server (SubjectAccessReview) instead. Defaults assumed: Webhook in a KubeletConfiguration file, AlwaysAllow for a kubelet started without one; a flag overrides the file.",
    remediation:
      'Set `authorization.mode: Webhook` in the kubelet config file (and remove any `--authorization-mode=AlwaysAllow`).',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/',
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.2'] },
    aliases: { trivy: ['KCV-0080'], checkov: ['CKV_K8S_139'], kubescape: ['C-0173'], 'kube-bench': ['4.2.2'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    alwaysAllow: '{{kubelet}}: the kubelet API allows every request it authenticates ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.authorizationMode, (r, kubelet) => {
      if (r.value !== 'AlwaysAllow') return;
      ctx.report({
        messageId: 'alwaysAllow',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
