import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules } from '../rbac.js';

/** What can be impersonated: users, groups, service accounts, UIDs and extra user fields. */
const IMPERSONABLE: readonly [group: string, resource: string][] = [
  ['', 'users'],
  ['', 'groups'],
  ['', 'serviceaccounts'],
  ['authentication.k8s.io', 'uids'],
  ['authentication.k8s.io', 'userextras'],
];

export default defineAuditRule<KubernetesDoc, 'impersonate'>({
  id: 'KS007',
  name: 'rbac-impersonate',
  source: 'kubernetes',
  meta: {
    title: 'Role grants impersonation',
    severity: 'high',
    description:
      "The `impersonate` verb lets a subject send requests as another user, group or service account (`kubectl --as=... --as-group=system:masters`). It acts with that identity's permissions, and the audit log records the impersonated identity as the actor. Reported: `impersonate` written in a rule's verbs, and `*` verbs on users, groups, serviceaccounts, uids or userextras. Not reported: Kubernetes' bootstrap roles.",
    remediation:
      "Remove impersonation from roles that do not administer the cluster. Where a tool needs it, restrict the rule with `resourceNames` to the identities it may assume, and record the exception on the role (`stridebench.io/ignore: KS007=<reason>`): an impersonated identity's permissions are still granted.",
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#user-impersonation',
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#impersonate-verb',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.8'] },
    aliases: { kubescape: ['C-0065', 'C-0191'] },
    stride: ['spoofing', 'repudiation', 'elevation-of-privilege'],
  },
  messages: {
    impersonate:
      '{{role}}: rules[{{index}}] grants `{{verb}}` on {{resource}}: its subjects can act as other identities, and the audit log names those.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      const explicit = rule.verbs.indexOf('impersonate');
      if (explicit >= 0) {
        ctx.report({
          messageId: 'impersonate',
          node: rule.itemNode('verbs', explicit),
          data: {
            role: describe(rule.role),
            index: rule.index,
            verb: 'impersonate',
            resource: rule.resources.join(', '),
          },
        });
        continue;
      }
      for (const [group, resource] of IMPERSONABLE) {
        const g = grant(rule, ['impersonate'], group, resource);
        if (!g) continue;
        ctx.report({
          messageId: 'impersonate',
          node: rule.itemNode('verbs', g.verb),
          data: { role: describe(rule.role), index: rule.index, verb: g.verbName, resource },
        });
        break;
      }
    }
  },
});
