import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP035',
  name: 'controller-manager-root-ca-file',
  source: 'controlplane',
  meta: {
    title: 'Controller manager publishes no root CA to pods',
    severity: 'medium',
    description:
      '`--root-ca-file` is the CA bundle the controller manager hands to pods (in service-account token Secrets and the `kube-root-ca.crt` ConfigMap) to verify the API server; without it pods may fall back to not verifying it. Default assumed: not set. Unlike checkov CKV_K8S_111, the file name is not judged (kubeadm uses `ca.crt`).',
    remediation: 'Set `--root-ca-file` to the cluster CA bundle (kubeadm: `/etc/kubernetes/pki/ca.crt`).',
    references: ['https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/'],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.3.5'] },
    aliases: { trivy: ['KCV-0037'], kubescape: ['C-0148'], 'kube-bench': ['1.3.5'] },
    stride: ['spoofing', 'information-disclosure'],
  },
  messages: {
    missing: '{{owner}}: kube-controller-manager gives pods no CA to verify the API server ({{flag}} is not set).',
    empty: '{{owner}}: kube-controller-manager gives pods no CA to verify the API server ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-controller-manager'], (p) => {
      requireValue(ctx, p, 'root-ca-file', { missing: 'missing', empty: 'empty' });
    });
  },
});
