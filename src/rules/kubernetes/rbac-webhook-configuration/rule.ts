import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules, WRITE_VERBS } from '../rbac.js';

const GROUP = 'admissionregistration.k8s.io';
const RESOURCES = ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'] as const;

export default defineAuditRule<KubernetesDoc, 'write'>({
  id: 'KS011',
  name: 'rbac-webhook-configuration',
  source: 'kubernetes',
  meta: {
    title: 'Role can change admission webhooks',
    severity: 'high',
    description:
      "Admission webhooks see every object written to the API server that they register for, Secrets included, and a mutating webhook rewrites them (it can add a privileged container to every pod). Whoever can create, change or delete a webhook configuration can read and tamper with the whole cluster, or switch off the webhooks that enforce policy. Reported: a rule granting create, update, patch, delete, deletecollection or `*` on validatingwebhookconfigurations or mutatingwebhookconfigurations. Not reported: read-only access, rules restricted by `resourceNames` to named configurations, and Kubernetes' bootstrap roles.",
    remediation:
      'Leave webhook configurations to cluster administrators and to the operator that owns each webhook, restricted with `resourceNames` to its own configuration.',
    references: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#control-admission-webhooks',
      'https://kubernetes.io/docs/reference/access-authn-authz/extensible-admission-controllers/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.12'] },
    aliases: { checkov: ['CKV_K8S_155'], kubescape: ['C-0281'] },
    stride: ['tampering', 'information-disclosure', 'elevation-of-privilege'],
  },
  messages: {
    write:
      '{{role}}: rules[{{index}}] grants {{verb}} on {{resource}}: its subjects can intercept, rewrite or unblock every admitted object.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      if (rule.resourceNames.length > 0) continue;
      for (const resource of RESOURCES) {
        const g = grant(rule, WRITE_VERBS, GROUP, resource);
        if (!g) continue;
        ctx.report({
          messageId: 'write',
          node: rule.itemNode('resources', g.resource),
          data: { role: describe(rule.role), index: rule.index, verb: g.verbName, resource },
        });
        break;
      }
    }
  },
});
