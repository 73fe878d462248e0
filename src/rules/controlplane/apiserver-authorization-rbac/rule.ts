import type { ControlPlaneDoc } from '../../../sources/controlplane/index.js';
import { listValue } from '../../../sources/controlplane/index.js';
import { defineAuditRule } from '../../rule.js';
import { eachComponent } from '../components.js';

export default defineAuditRule<ControlPlaneDoc, 'missing' | 'default'>({
  id: 'CP008',
  name: 'apiserver-authorization-rbac',
  source: 'controlplane',
  meta: {
    title: 'API server does not use RBAC',
    severity: 'high',
    description:
      'Without the RBAC authorizer, Roles and RoleBindings have no effect: access is decided by whatever else is configured (AlwaysAllow, a static ABAC file, a webhook). Default assumed: `--authorization-mode` defaults to AlwaysAllow, which does not include RBAC.',
    remediation: 'Set `--authorization-mode=Node,RBAC`.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/',
      'https://kubernetes.io/docs/reference/command-line-tools-reference/kube-apiserver/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['1.2.8'] },
    aliases: { trivy: ['KCV-0009'], checkov: ['CKV_K8S_77'], kubescape: ['C-0120'], 'kube-bench': ['1.2.8'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    missing: '{{owner}}: kube-apiserver does not enforce Roles and RoleBindings ({{flag}}, without RBAC).',
    default:
      '{{owner}}: kube-apiserver does not enforce Roles and RoleBindings (no --authorization-mode, which defaults to AlwaysAllow).',
  },
  check(ctx, doc) {
    eachComponent(ctx, doc, ['kube-apiserver'], (p) => {
      // With --authorization-config the authorizers are in a file this input does not show.
      if (p.flags.get('authorization-config')) return;
      const flag = p.flags.get('authorization-mode');
      if (!flag) ctx.report({ messageId: 'default', node: p.node, data: { owner: p.owner } });
      else if (!listValue(flag.value).includes('RBAC'))
        ctx.report({
          messageId: 'missing',
          node: flag.node,
          data: { owner: p.owner, flag: flag.text },
          evidence: flag.text,
        });
    });
  },
});
