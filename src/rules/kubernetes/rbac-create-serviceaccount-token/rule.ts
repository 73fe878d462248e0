import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules } from '../rbac.js';

export default defineAuditRule<KubernetesDoc, 'create'>({
  id: 'KS012',
  name: 'rbac-create-serviceaccount-token',
  source: 'kubernetes',
  meta: {
    title: 'Role can create service-account tokens',
    severity: 'high',
    description:
      "create on `serviceaccounts/token` (the TokenRequest API, `kubectl create token`) issues a token for any service account of the namespace, or of every namespace for a ClusterRole bound cluster-wide, and so every permission bound to those accounts, controllers' included. The tokens can be long-lived and are not tied to a pod. Reported: a rule granting create (or `*`) on serviceaccounts/token. Not reported: rules restricted by `resourceNames` to named service accounts, and Kubernetes' bootstrap roles.",
    remediation:
      'Remove create on serviceaccounts/token; where a tool must mint tokens, restrict the rule with `resourceNames` to the service accounts it manages.',
    references: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#token-request',
      'https://kubernetes.io/docs/reference/kubernetes-api/authentication-resources/token-request-v1/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.13'] },
    aliases: { kubescape: ['C-0282'] },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    create:
      '{{role}}: rules[{{index}}] grants {{verb}} on serviceaccounts/token: its subjects can mint tokens for other service accounts.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      if (rule.resourceNames.length > 0) continue;
      const g = grant(rule, ['create'], '', 'serviceaccounts/token');
      if (!g) continue;
      ctx.report({
        messageId: 'create',
        node: rule.itemNode('resources', g.resource),
        data: { role: describe(rule.role), index: rule.index, verb: g.verbName },
      });
    }
  },
});
