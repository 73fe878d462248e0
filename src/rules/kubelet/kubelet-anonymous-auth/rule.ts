import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'anonymous'>({
  id: 'KL001',
  name: 'kubelet-anonymous-auth',
  source: 'kubelet',
  meta: {
    title: 'Kubelet serves anonymous requests',
    severity: 'critical',
    description:
      'With anonymous authentication on, anyone who reaches the kubelet port (10250) is served as `system:anonymous`; with AlwaysAllow authorization that means running commands in every pod on the node. This is the seed\'s "kubelet runs unsecured" threat. Defaults assumed: `authentication.anonymous.enabled` is false in a KubeletConfiguration file (v1beta1 defaults), but `--anonymous-auth` is true for a kubelet started without a config file, so each is judged by how the kubelet is started; a flag overrides the file.',
    remediation:
      'Set `authentication.anonymous.enabled: false` in the kubelet config file (and remove any `--anonymous-auth=true`).',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/',
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
    ],
    frameworks: { design: ['authentication-required'], 'cis-kubernetes-1.12.0': ['4.2.1'] },
    aliases: { trivy: ['KCV-0079'], checkov: ['CKV_K8S_138'], kubescape: ['C-0172'], 'kube-bench': ['4.2.1'] },
    stride: ['spoofing', 'elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    anonymous: '{{kubelet}}: the kubelet API serves anonymous requests ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.anonymousAuth, (r, kubelet) => {
      if (r.value === false) return;
      ctx.report({
        messageId: 'anonymous',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
