import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { featureGate } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'disabled'>({
  id: 'CP036',
  name: 'controller-manager-rotate-kubelet-server-certificate',
  source: 'controlplane',
  meta: {
    title: 'Controller manager turns off kubelet serving-certificate rotation',
    severity: 'medium',
    description:
      'The RotateKubeletServerCertificate feature gate lets kubelets request serving certificates from the cluster CA and renew them before they expire; turning it off leaves self-signed or expiring kubelet certificates. Default assumed: the gate is on (beta since 1.12), so only `RotateKubeletServerCertificate=false` in `--feature-gates` is reported; repeated `--feature-gates` flags accumulate, later entries winning.',
    remediation: 'Remove `RotateKubeletServerCertificate=false` from `--feature-gates`.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/',
      'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-tls-bootstrapping/#certificate-rotation',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.3.6'] },
    aliases: { trivy: ['KCV-0038'], checkov: ['CKV_K8S_112'], kubescape: ['C-0149'], 'kube-bench': ['1.3.6'] },
    stride: ['spoofing'],
  },
  messages: {
    disabled: '{{owner}}: kube-controller-manager turns off kubelet serving-certificate rotation ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-controller-manager'], (p) => {
      const gate = featureGate(p.flags, 'RotateKubeletServerCertificate');
      if (gate?.value === false)
        ctx.report({
          messageId: 'disabled',
          node: gate.flag.node,
          data: { owner: p.owner, flag: gate.flag.text },
          evidence: gate.flag.text,
        });
    });
  },
});
