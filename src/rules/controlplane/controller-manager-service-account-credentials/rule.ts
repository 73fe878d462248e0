import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { reportFlagNotTrue } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'disabled' | 'default'>({
  id: 'CP033',
  name: 'controller-manager-service-account-credentials',
  source: 'controlplane',
  meta: {
    title: "Controllers share the controller manager's own credentials",
    severity: 'medium',
    description:
      "Without `--use-service-account-credentials=true` every controller runs with the controller manager's single, very broad identity, so RBAC cannot tell them apart or limit one; with it each controller uses its own service account and the narrow `system:controller:*` role. Default assumed: false, so a controller manager without the flag is reported.",
    remediation: 'Set `--use-service-account-credentials=true`.',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-controller-manager/',
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#controller-roles',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.3.3'] },
    aliases: { trivy: ['KCV-0035'], checkov: ['CKV_K8S_108'], kubescape: ['C-0146'], 'kube-bench': ['1.3.3'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    disabled: "{{owner}}: controllers run with the controller manager's own broad credentials ({{flag}}).",
    default:
      "{{owner}}: controllers run with the controller manager's own broad credentials (no --use-service-account-credentials=true).",
  },
  check(ctx, doc) {
    reportFlagNotTrue(ctx, doc, ['kube-controller-manager'], 'use-service-account-credentials');
  },
});
