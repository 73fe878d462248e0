import { KUBELET_SETTINGS, type KubeletDoc } from '../../../sources/kubelet/index.js';
import { defineAuditRule } from '../../rule.js';
import { describe, eachSetting } from '../kubelets.js';

export default defineAuditRule<KubeletDoc, 'notRotated'>({
  id: 'KL010',
  name: 'kubelet-rotate-certificates',
  source: 'kubelet',
  meta: {
    title: 'Kubelet does not rotate its client certificate',
    severity: 'medium',
    description:
      'With `rotateCertificates` the kubelet requests a new client certificate from the API server before the old one expires; without it the certificate eventually expires (and the node drops out) or is issued long-lived, so a stolen one stays valid. Default assumed: false in the kubelet — kube-bench and the CIS text pass an unset value, assuming a default of true, which the kubelet does not have; kubeadm writes `rotateCertificates: true`. So an unset value is reported.',
    remediation:
      'Set `rotateCertificates: true` in the kubelet config file (and remove any `--rotate-certificates=false`).',
    references: [
      'https://kubernetes.io/docs/tasks/tls/certificate-rotation/',
      'https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['4.2.10'] },
    aliases: { trivy: ['KCV-0090'], checkov: ['CKV_K8S_149'], kubescape: ['C-0182'], 'kube-bench': ['4.2.10'] },
    stride: ['spoofing'],
  },
  messages: {
    notRotated: '{{kubelet}}: the kubelet does not rotate its client certificate ({{setting}}).',
  },
  check(ctx, doc) {
    eachSetting(ctx, doc, KUBELET_SETTINGS.rotateCertificates, (r, kubelet) => {
      if (r.value === true) return;
      ctx.report({
        messageId: 'notRotated',
        node: r.node,
        data: { kubelet: kubelet.label, setting: describe(r) },
        ...(r.from === 'default' ? {} : { evidence: r.written }),
      });
    });
  },
});
