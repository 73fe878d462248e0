import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP005',
  name: 'apiserver-kubelet-certificate-authority',
  source: 'controlplane',
  meta: {
    title: 'API server does not verify kubelet serving certificates',
    severity: 'high',
    description:
      'Without `--kubelet-certificate-authority` the API server connects to kubelets over TLS without checking their certificates, so anyone on the path can impersonate a kubelet and read or alter exec and log streams, including credentials typed into them. Default assumed: not set (kubeadm does not set it either).',
    remediation:
      'Issue kubelet serving certificates from a CA (for example with `serverTLSBootstrap: true` and approved CSRs) and set `--kubelet-certificate-authority` to that CA.',
    references: [
      'https://kubernetes.io/docs/concepts/security/controlling-access/#api-server-to-kubelet',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { design: ['mutual-tls'], 'cis-kubernetes-1.12.0': ['1.2.5'] },
    aliases: { trivy: ['KCV-0006'], checkov: ['CKV_K8S_73'], kubescape: ['C-0117'], 'kube-bench': ['1.2.5'] },
    stride: ['spoofing', 'tampering', 'information-disclosure'],
  },
  messages: {
    missing:
      '{{owner}}: kube-apiserver connects to kubelets without verifying their certificates ({{flag}} is not set).',
    empty:
      '{{owner}}: kube-apiserver connects to kubelets without verifying their certificates ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      requireValue(ctx, p, 'kubelet-certificate-authority', { missing: 'missing', empty: 'empty' });
    });
  },
});
