import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode, who } from '../helpers.js';

/** `RuntimeDefault`, `Localhost/<file>` (field) or `localhost/<file>` (legacy annotation). */
export function confinedSeccomp(value: string): boolean {
  return value === 'RuntimeDefault' || /^localhost\//i.test(value) || value === 'Localhost';
}

export default defineAuditRule<RuntimeDoc, 'missing' | 'notAllowed'>({
  id: 'RT034',
  name: 'seccomp-profile-missing',
  source: 'runtime',
  meta: {
    title: 'Seccomp profile not set to RuntimeDefault or Localhost',
    severity: 'medium',
    description:
      "Kubernetes runs containers Unconfined unless a seccomp profile is set (or the kubelet runs with `seccompDefault`, which a manifest cannot show): the pod or every container must set `seccompProfile.type` to `RuntimeDefault` or `Localhost` (or the pre-1.19 annotations `runtime/default`, `docker/default`, `localhost/...`). Pod Security Standards: restricted. A container-level profile overrides the pod's. kubesec's SeccompAny credits a pod when any one container sets a profile, so it is not listed as an equivalent; neither is kube-score's optional container-seccomp-profile, which accepts the PodSecurityPolicy annotation `seccomp.security.alpha.kubernetes.io/defaultProfileName` on a pod, an annotation the kubelet ignores. Kubernetes only: Docker applies its default profile unless told otherwise (RT033).",
    remediation:
      'Set `spec.securityContext.seccompProfile.type: RuntimeDefault` in the pod template (or on each container), or enable `seccompDefault` on every kubelet and suppress this rule with that reason.',
    references: [
      'https://kubernetes.io/docs/tutorials/security/seccomp/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.6.2'] },
    aliases: { trivy: ['KSV-0030', 'KSV-0104'], checkov: ['CKV_K8S_31'], kubescape: ['C-0210'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    missing: '{{container}} sets no seccomp profile; Kubernetes runs it Unconfined.',
    notAllowed: '{{container}} uses seccomp profile {{profile}}, not RuntimeDefault or Localhost.',
  },
  check(ctx, doc) {
    const set = [];
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'] })) {
      if (!r.seccomp) ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
      else if (!confinedSeccomp(r.seccomp.value)) set.push({ node: r.seccomp.node, r, profile: r.seccomp.value });
    }
    for (const g of groupByNode(set))
      ctx.report({
        messageId: 'notAllowed',
        node: g.node,
        data: { container: g.container, profile: g.first.profile },
      });
  },
});
