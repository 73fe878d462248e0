import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, policyRules } from '../rbac.js';

const MEANING = {
  apiGroups: 'the listed resources in every API group, custom resources included',
  resources: 'every resource of the listed API groups, Secrets and subresources included',
  verbs: 'every verb, escalate, bind and impersonate included',
} as const;

export default defineAuditRule<KubernetesDoc, 'wildcard'>({
  id: 'KS001',
  name: 'rbac-wildcard',
  source: 'kubernetes',
  meta: {
    title: 'Wildcard in a Role or ClusterRole',
    severity: 'high',
    description:
      'A `*` in the apiGroups, resources or verbs of a Role or ClusterRole grants everything that matches, today and in every later Kubernetes version or custom resource: `resources: ["*"]` includes Secrets and every subresource, `verbs: ["*"]` includes escalate, bind and impersonate. Least privilege cannot be reviewed on a wildcard. Reported: each `*` entry and each `*/subresource` entry of apiGroups, resources and verbs. Not reported: Kubernetes\' own bootstrap roles (labelled `kubernetes.io/bootstrapping: rbac-defaults`), which the API server reconciles.',
    remediation:
      'List the API groups, resources and verbs the subject needs (`kubectl auth can-i --list --as=...` and the audit log show what it uses); keep `*` only in roles meant for cluster administrators.',
    references: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#least-privilege',
      'https://kubernetes.io/docs/reference/access-authn-authz/rbac/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.3'] },
    aliases: {
      checkov: ['CKV_K8S_49'],
      trivy: ['KSV-0044', 'KSV-0046'],
      kubescape: ['C-0187'],
    },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    wildcard: '{{role}}: `{{entry}}` in rules[{{index}}].{{field}} grants {{meaning}}.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      for (const field of ['apiGroups', 'resources', 'verbs'] as const) {
        rule[field].forEach((entry, j) => {
          if (entry !== '*' && !(field === 'resources' && entry.startsWith('*/'))) return;
          ctx.report({
            messageId: 'wildcard',
            node: rule.itemNode(field, j),
            data: {
              role: describe(rule.role),
              entry,
              index: rule.index,
              field,
              meaning: entry === '*' ? MEANING[field] : `the ${entry.slice(2)} subresource of every resource`,
            },
          });
        });
      }
    }
  },
});
