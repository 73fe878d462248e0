import type { KubernetesDoc } from '../../../sources/kubernetes/parse.js';
import { defineAuditRule } from '../../rule.js';
import { appliesToRoles, describe, grant, policyRules } from '../rbac.js';

export default defineAuditRule<KubernetesDoc, 'exec'>({
  id: 'KS024',
  name: 'rbac-pod-exec',
  source: 'kubernetes',
  meta: {
    title: 'Role can exec into or attach to pods',
    severity: 'medium',
    description:
      "pods/exec and pods/attach run commands in, or take over the terminal of, any container the role reaches: the subject gets that container's files, its mounted Secrets and service-account token, and what it can reach on the network, privileged containers' host access included. Exec sessions are recorded in the audit log only as a request, not as the commands typed. Reported: a rule granting create or get on pods/exec or pods/attach (kubectl used GET for its WebSocket connections before Kubernetes 1.31, and the API server still accepts it where the WebSocket feature gate allows), or `*` verbs on them. Not reported: Kubernetes' bootstrap roles.",
    remediation:
      'Keep exec for break-glass roles; debug through logs, metrics and `kubectl debug` with an ephemeral container under a restricted profile; record the exception on roles that keep it.',
    references: [
      'https://kubernetes.io/docs/concepts/security/rbac-good-practices/#pods-exec',
      'https://kubernetes.io/docs/tasks/debug/debug-application/get-shell-running-container/',
    ],
    frameworks: {},
    aliases: {
      trivy: ['KSV-0053'],
      polaris: ['clusterrolePodExecAttach', 'rolePodExecAttach'],
      kubescape: ['C-0002'],
    },
    stride: ['elevation-of-privilege', 'information-disclosure', 'tampering'],
  },
  messages: {
    exec: '{{role}}: rules[{{index}}] grants {{verb}} on {{resource}}: its subjects run commands inside the pods it reaches.',
  },
  check(ctx, doc) {
    if (!appliesToRoles(ctx, doc)) return;
    for (const rule of policyRules(doc)) {
      for (const resource of ['pods/exec', 'pods/attach']) {
        const g = grant(rule, ['create', 'get'], '', resource);
        if (!g) continue;
        ctx.report({
          messageId: 'exec',
          node: rule.itemNode('resources', g.resource),
          data: { role: describe(rule.role), index: rule.index, verb: g.verbName, resource },
        });
        break;
      }
    }
  },
});
