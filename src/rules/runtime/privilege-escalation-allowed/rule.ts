import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'allowed' | 'notForbidden' | 'noNewPrivileges' | 'noNewPrivilegesOff'>({
  id: 'RT002',
  name: 'privilege-escalation-allowed',
  source: 'runtime',
  meta: {
    title: 'Privilege escalation not forbidden',
    severity: 'medium',
    description:
      'Unless `no_new_privs` is set, a process in the container can gain privileges through setuid or setgid binaries and file capabilities (`sudo`, `su`, `ping` on older images): a foothold as an unprivileged user becomes root inside the container, one step closer to the host. Kubernetes sets `no_new_privs` only when `allowPrivilegeEscalation` is false, so an absent setting allows escalation; Docker and compose set it with `security_opt: [no-new-privileges:true]` (or daemon-wide with `"no-new-privileges": true`, which a compose file cannot show). Pod Security Standards: restricted. kubesec penalises only an explicit `allowPrivilegeEscalation: true`, so its AllowPrivilegeEscalation rule is not listed as an equivalent.',
    remediation:
      'Kubernetes: set `securityContext.allowPrivilegeEscalation: false` on every container (init and ephemeral ones too). Compose: add `security_opt: ["no-new-privileges:true"]`.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://docs.kernel.org/userspace-api/no_new_privs.html',
      'https://docs.docker.com/reference/cli/docker/container/run/#security-opt',
    ],
    frameworks: { 'cis-docker-1.6.0': ['5.26'], 'cis-kubernetes-1.12.0': ['5.2.6'] },
    aliases: {
      trivy: ['KSV-0001'],
      checkov: ['CKV_K8S_20'],
      polaris: ['privilegeEscalationAllowed'],
      kubescape: ['C-0016'],
      'docker-bench': ['5.26'],
      kics: ['no_new_privileges_not_set'],
    },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    allowed: '{{container}} sets allowPrivilegeEscalation: true; setuid binaries can make it root.',
    notForbidden: '{{container}} does not set allowPrivilegeEscalation: false; setuid binaries can make it root.',
    noNewPrivileges: '{{container}} does not set no-new-privileges; setuid binaries can make it root.',
    noNewPrivilegesOff: '{{container}} turns no-new-privileges off; setuid binaries can make it root.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      if (r.source === 'kubernetes') {
        if (r.allowPrivilegeEscalation?.value === true)
          ctx.report({ messageId: 'allowed', node: r.allowPrivilegeEscalation.node, data: who(r) });
        else if (r.allowPrivilegeEscalation?.value !== false)
          ctx.report({ messageId: 'notForbidden', node: r.node, data: who(r) });
      } else if (r.noNewPrivileges?.value === false) {
        ctx.report({ messageId: 'noNewPrivilegesOff', node: r.noNewPrivileges.node, data: who(r) });
      } else if (r.noNewPrivileges?.value !== true) {
        ctx.report({ messageId: 'noNewPrivileges', node: r.node, data: who(r) });
      }
    }
  },
});
