import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { boolFlag, eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'disabled'>({
  id: 'CP020',
  name: 'apiserver-service-account-lookup',
  source: 'controlplane',
  meta: {
    title: 'API server accepts tokens of deleted service accounts',
    severity: 'medium',
    description:
      "With `--service-account-lookup=false` the API server checks only a token's signature, not that its service account (and, for legacy tokens, its Secret) still exists: deleting the account does not revoke the token. Default assumed: true, so a missing flag passes; checkov CKV_K8S_96 reports a missing flag, kube-bench does not, and neither do we.",
    remediation: 'Remove `--service-account-lookup=false` (or set it to true).',
    references: [
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
      'https://kubernetes.io/docs/reference/access-authn-authz/service-accounts-admin/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.21'] },
    aliases: { trivy: ['KCV-0024'], checkov: ['CKV_K8S_96'], kubescape: ['C-0135'], 'kube-bench': ['1.2.21'] },
    stride: ['spoofing'],
  },
  messages: {
    disabled: '{{owner}}: kube-apiserver keeps accepting the tokens of deleted service accounts ({{flag}}).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      const b = boolFlag(p, 'service-account-lookup', true);
      if (b?.flag && b.value !== true)
        ctx.report({
          messageId: 'disabled',
          node: b.flag.node,
          data: { owner: p.owner, component: p.component, flag: b.flag.text },
          evidence: b.flag.text,
        });
    });
  },
});
