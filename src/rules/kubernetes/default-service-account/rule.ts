import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { apiGroupOf, applies } from '../objects.js';
import { bindings, describe } from '../rbac.js';

export default defineAuditRule<KubernetesDoc, 'bound' | 'automount'>({
  id: 'KS013',
  name: 'default-service-account',
  source: 'kubernetes',
  meta: {
    title: 'Default service account bound to a role or mounting its token',
    severity: 'medium',
    description:
      'Every namespace has a `default` service account, and every pod that names no other runs as it. A role bound to `default` is therefore granted to every such pod, present and future, and its token is mounted into them unless the account says otherwise. CIS 5.1.5 asks that the default accounts hold no roles and set `automountServiceAccountToken: false`. Reported: a RoleBinding or ClusterRoleBinding subject that is a `default` service account, and a ServiceAccount named `default` that does not set `automountServiceAccountToken: false`. checkov CKV_K8S_41 checks the second half too, but its own test passes a `default` ServiceAccount without the setting (a quirk of how its runner names resources), so it is not listed as an equivalent.',
    remediation:
      "Create a service account per workload, bind roles to it and set `serviceAccountName` in the pod template; set `automountServiceAccountToken: false` on each namespace's `default` service account.",
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
      'https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.5'] },
    aliases: { checkov: ['CKV_K8S_42'], kubescape: ['C-0189'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    bound:
      '{{binding}} binds {{role}} to the default service account of {{namespace}}: every pod there that names no account gets it.',
    automount:
      'ServiceAccount/default (namespace {{namespace}}) does not turn off automountServiceAccountToken, so its token is mounted into every pod that names no account.',
  },
  check(ctx, doc) {
    const bound = bindings(doc);
    const accounts = doc.objects.filter(
      (o) => o.kind === 'ServiceAccount' && apiGroupOf(o) === '' && o.name === 'default',
    );
    if (!applies(ctx, bound.length + accounts.length, 'RoleBinding, ClusterRoleBinding or default ServiceAccount'))
      return;
    for (const b of bound) {
      for (const s of b.subjects) {
        if (s.kind !== 'ServiceAccount' || s.name !== 'default') continue;
        ctx.report({
          messageId: 'bound',
          node: s.node,
          data: {
            binding: describe(b.object),
            role: `${b.roleRef.kind}/${b.roleRef.name}`,
            namespace: s.namespace ?? b.object.namespace ?? '(unset)',
          },
        });
      }
    }
    for (const o of accounts) {
      if (o.value.automountServiceAccountToken === false) continue;
      ctx.report({
        messageId: 'automount',
        node:
          o.value.automountServiceAccountToken === undefined
            ? o.at(['metadata', 'name'])
            : o.at(['automountServiceAccountToken'], 'key'),
        data: { namespace: o.namespace ?? '(unset)' },
      });
    }
  },
});
