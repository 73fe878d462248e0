import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules } from '../rbac.js';

const GROUP = 'certificates.k8s.io';

export default defineAuditRule<KubernetesDoc, 'approve'>({
  id: 'KS010',
  name: 'rbac-approve-csr',
  source: 'kubernetes',
  meta: {
    title: 'Role can approve certificate signing requests',
    severity: 'high',
    description:
      "Approving a CertificateSigningRequest takes update (or patch) on the `certificatesigningrequests/approval` subresource and `approve` on the signer. A subject holding both approves its own requests for client certificates, which the API server accepts as any user name and group the request asks for: a new, unrevocable identity. Reported: a Role or ClusterRole whose rules, together, grant both. Not reported: approval restricted by `resourceNames` to named signers, and Kubernetes' bootstrap roles.",
    remediation:
      "Leave approval to the controller manager's approvers and to cluster administrators; if a tool must approve, restrict `approve` with `resourceNames` to its own signer (`example.com/my-signer`).",
    references: [
      'https://kubernetes.io/docs/reference/access-authn-authz/certificate-signing-requests/#authorization',
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#csrs-and-certificate-issuing',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.11'] },
    aliases: { checkov: ['CKV_K8S_156'], kubescape: ['C-0280'] },
    stride: ['spoofing', 'elevation-of-privilege'],
  },
  messages: {
    approve:
      '{{role}}: rules[{{index}}] grants {{verb}} on certificatesigningrequests/approval and the role can approve signers: its subjects can issue client certificates for any identity.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    const rules = policyRules(doc);
    for (const rule of rules) {
      const g = grant(rule, ['update', 'patch'], GROUP, 'certificatesigningrequests/approval');
      if (!g) continue;
      const canApprove = rules.some(
        (r) => r.role === rule.role && r.resourceNames.length === 0 && grant(r, ['approve'], GROUP, 'signers'),
      );
      if (!canApprove) continue;
      ctx.report({
        messageId: 'approve',
        node: rule.itemNode('resources', g.resource),
        data: { role: describe(rule.role), index: rule.index, verb: g.verbName },
      });
    }
  },
});
