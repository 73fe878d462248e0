import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToBindings, bindings, describe } from '../rbac.js';

export default defineAuditRule<KubernetesDoc, 'anonymous' | 'authenticated'>({
  id: 'KS004',
  name: 'binding-to-system-group',
  source: 'kubernetes',
  meta: {
    title: 'Role bound to anonymous or to all authenticated users',
    severity: 'critical',
    description:
      "system:anonymous is the user of every request without credentials and system:unauthenticated its group: a binding to either gives its role to anyone who reaches the API server (the pattern behind clusters found open on the internet). system:authenticated holds every user and every service account of every namespace, so a binding to it gives the role to any pod. Reported: each such subject of a RoleBinding or ClusterRoleBinding. Not reported: Kubernetes' bootstrap bindings (discovery and public-info-viewer), which the API server reconciles.",
    remediation:
      'Remove the subject and bind the role to the users, groups or service accounts that need it; keep `--anonymous-auth=false` on the API server where the platform allows it.',
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/#discovery-roles',
      'https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests',
      'https://blog.aquasec.com/kubernetes-exposed-one-yaml-away-from-disaster',
    ],
    frameworks: {},
    aliases: {
      kubesec: ['BindingsToSystemAnonymous'],
      trivy: ['KSV-0122'],
      kubescape: ['C-0262'],
    },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    anonymous:
      '{{binding}} binds {{role}} to {{subject}}: anyone who reaches the API server gets it, without credentials.',
    authenticated:
      '{{binding}} binds {{role}} to system:authenticated: every user and every service account of the cluster gets it.',
  },
  check(ctx, doc) {
    if (!appliesToBindings(ctx, doc)) return;
    for (const b of bindings(doc)) {
      for (const s of b.subjects) {
        const anonymous = s.name === 'system:anonymous' || s.name === 'system:unauthenticated';
        if (!anonymous && s.name !== 'system:authenticated') continue;
        ctx.report({
          messageId: anonymous ? 'anonymous' : 'authenticated',
          node: s.node,
          data: { binding: describe(b.object), role: `${b.roleRef.kind}/${b.roleRef.name}`, subject: s.name },
        });
      }
    }
  },
});
