import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent, requireValue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'empty'>({
  id: 'CP034',
  name: 'controller-manager-service-account-private-key-file',
  source: 'controlplane',
  meta: {
    title: 'Controller manager has no key to sign service-account tokens',
    severity: 'medium',
    description:
      "`--service-account-private-key-file` is the key the controller manager signs legacy service-account token Secrets with; without it they are not created and tokens cannot be rotated with the API server's verification keys. Default assumed: not set. Unlike checkov CKV_K8S_110, the file name is not judged (kubeadm uses `sa.key`).",
    remediation:
      "Set `--service-account-private-key-file` to the private key whose public half the API server's `--service-account-key-file` lists.",
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/',
      'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.3.4'] },
    aliases: { trivy: ['KCV-0036'], kubescape: ['C-0147'], 'kube-bench': ['1.3.4'] },
    stride: ['spoofing'],
  },
  messages: {
    missing: '{{owner}}: kube-controller-manager has no key for service-account tokens ({{flag}} is not set).',
    empty: '{{owner}}: kube-controller-manager has no key for service-account tokens ({{flag}} has no value).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-controller-manager'], (p) => {
      requireValue(ctx, p, 'service-account-private-key-file', { missing: 'missing', empty: 'empty' });
    });
  },
});
