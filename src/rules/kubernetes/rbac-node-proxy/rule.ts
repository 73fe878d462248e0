import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules } from '../rbac.js';

export default defineAuditRule<KubernetesDoc, 'proxy'>({
  id: 'KS009',
  name: 'rbac-node-proxy',
  source: 'kubernetes',
  meta: {
    title: 'Role can use the proxy subresource of nodes',
    severity: 'high',
    description:
      "nodes/proxy passes requests through the API server to the kubelet API of any node, and the kubelet API runs commands in every container of the node (`/exec`, `/run`). Those requests bypass admission control and are not in the API server's audit log as exec calls, so the subject gets node-wide code execution that the logs do not show. Reported: a rule granting any verb on `nodes/proxy` (or on `*` or `*/proxy`). Not reported: Kubernetes' bootstrap roles.",
    remediation:
      'Remove nodes/proxy from roles; monitoring agents that scrape the kubelet need `nodes/metrics` and `nodes/stats`, not the proxy.',
    references: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#access-to-proxy-subresource-of-nodes',
      'https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.10'] },
    aliases: { trivy: ['KSV-0047'], kubescape: ['C-0279'] },
    stride: ['elevation-of-privilege', 'repudiation'],
  },
  messages: {
    proxy:
      '{{role}}: rules[{{index}}] grants {{verb}} on nodes/proxy: its subjects reach the kubelet API of every node, exec included, outside the audit log.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      const g = grant(rule, ['get', 'create', 'update', 'patch', 'delete', 'list', 'watch'], '', 'nodes/proxy');
      if (!g) continue;
      ctx.report({
        messageId: 'proxy',
        node: rule.itemNode('resources', g.resource),
        data: { role: describe(rule.role), index: rule.index, verb: g.verbName },
      });
    }
  },
});
