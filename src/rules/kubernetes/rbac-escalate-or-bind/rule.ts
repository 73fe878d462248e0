import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules, RBAC_GROUP } from '../rbac.js';

const WHAT = {
  bind: 'bind roles holding permissions they do not have',
  escalate: 'add to roles permissions they do not have',
  '*': 'bind roles and add to them permissions they do not have',
} as const;

export default defineAuditRule<KubernetesDoc, 'verb'>({
  id: 'KS006',
  name: 'rbac-escalate-or-bind',
  source: 'kubernetes',
  meta: {
    title: 'Role grants the escalate or bind verb',
    severity: 'high',
    description:
      "RBAC stops users from granting permissions they do not hold, except through two verbs: `escalate` on roles lets a subject write any permission into a Role or ClusterRole, and `bind` lets it bind any role (cluster-admin included) to itself. Either is a path to cluster-admin. Reported: `bind` or `escalate` written in a rule's verbs (CIS 5.1.8 reviews the verbs wherever they are granted), and `*` verbs on roles or clusterroles of rbac.authorization.k8s.io. Impersonation, the third verb of CIS 5.1.8, is KS007. Not reported: Kubernetes' bootstrap roles.",
    remediation:
      'Remove `bind` and `escalate` (and `*`) from the verbs; to let a team manage bindings, grant create on rolebindings only, so that they can bind roles whose permissions they already hold.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#privilege-escalation-prevention-and-bootstrapping',
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#escalate-verb',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.8'] },
    aliases: { checkov: ['CKV_K8S_157', 'CKV_K8S_158'], kubescape: ['C-0191'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    verb: '{{role}}: rules[{{index}}] grants `{{verb}}`: its subjects can {{what}}.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      let j = rule.verbs.findIndex((v) => v === 'bind' || v === 'escalate');
      if (j < 0) {
        const g =
          grant(rule, ['bind', 'escalate'], RBAC_GROUP, 'roles') ??
          grant(rule, ['bind', 'escalate'], RBAC_GROUP, 'clusterroles');
        if (!g) continue;
        j = g.verb;
      }
      const verb = rule.verbs[j] as keyof typeof WHAT;
      ctx.report({
        messageId: 'verb',
        node: rule.itemNode('verbs', j),
        data: { role: describe(rule.role), index: rule.index, verb, what: WHAT[verb] },
      });
    }
  },
});
