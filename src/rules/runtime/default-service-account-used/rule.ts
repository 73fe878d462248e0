import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'unnamed' | 'default'>({
  id: 'RT054',
  name: 'default-service-account-used',
  source: 'runtime',
  meta: {
    title: 'Pod runs as the default service account',
    severity: 'low',
    description:
      "The pod names no service account (or names `default`), so it runs as its namespace's `default` account and shares whatever that account is granted with every other such pod; a role bound to it for one workload reaches all of them, and their API requests cannot be told apart in audit logs. CIS Kubernetes 5.1.5 asks that default accounts are not actively used; KS013 checks the account side (bindings and automounting). Not part of the Pod Security Standards.",
    remediation:
      'Create a ServiceAccount per workload (with `automountServiceAccountToken: false` unless it calls the API) and set `serviceAccountName` in the pod template.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/',
      'https://kubernetes.io/docs/concepts/security/service-accounts/#default-service-accounts',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.5'] },
    aliases: { kubesec: ['ServiceAccountName'] },
    stride: ['elevation-of-privilege', 'repudiation'],
  },
  messages: {
    unnamed: "{{owner}}: names no service account; it runs as its namespace's default account.",
    default: "{{owner}}: runs as its namespace's default service account.",
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'] })) {
      if (!r.pod) continue;
      const sa = r.pod.serviceAccountName;
      if (sa && sa.value !== 'default') continue;
      const node = sa ? sa.node : r.pod.node;
      if (first(node)) ctx.report({ messageId: sa ? 'default' : 'unnamed', node, data: { owner: r.owner } });
    }
  },
});
