import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules } from '../rbac.js';

export default defineAuditRule<KubernetesDoc, 'read'>({
  id: 'KS002',
  name: 'rbac-secrets-read',
  source: 'kubernetes',
  meta: {
    title: 'Role can read Secrets',
    severity: 'high',
    description:
      "get, list or watch on Secrets returns their data: service-account tokens, registry credentials, TLS keys and application passwords. list and watch return every Secret of the namespace (or of the cluster, for a ClusterRole bound by a ClusterRoleBinding) at once, and one of them is usually a token bound to a more privileged role. Reported: a rule of a Role or ClusterRole that grants get, list, watch or `*` on `secrets` (or `*`) in the core API group. Not reported: rules restricted by `resourceNames` to named Secrets (least privilege as CIS recommends it), and Kubernetes' bootstrap roles.",
    remediation:
      'Mount the Secrets a workload needs as volumes instead of reading them through the API; where API access is needed, restrict the rule with `resourceNames` to the Secrets concerned and drop list and watch.',
    references: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#listing-secrets',
      'https://kubernetes.io/docs/concepts/configuration/secret/#information-security-for-secrets',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.2'] },
    aliases: { kubescape: ['C-0186', 'C-0015'] },
    stride: ['information-disclosure', 'elevation-of-privilege'],
  },
  messages: {
    read: '{{role}}: rules[{{index}}] grants {{verb}} on Secrets: its subjects read the tokens and keys they hold.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      if (rule.resourceNames.length > 0) continue;
      const g = grant(rule, ['get', 'list', 'watch'], '', 'secrets');
      if (!g) continue;
      ctx.report({
        messageId: 'read',
        node: rule.itemNode('resources', g.resource),
        data: { role: describe(rule.role), index: rule.index, verb: g.verbName },
      });
    }
  },
});
