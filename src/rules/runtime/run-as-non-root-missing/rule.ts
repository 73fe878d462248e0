import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, groupByNode, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'false' | 'missing'>({
  id: 'RT004',
  name: 'run-as-non-root-missing',
  source: 'runtime',
  meta: {
    title: 'runAsNonRoot is not true',
    severity: 'low',
    description:
      "The Pod Security Standards (restricted) require `runAsNonRoot: true` on the pod or on every container: with it, the kubelet refuses to start a container whose image would run as UID 0, whatever the image says. A non-zero `runAsUser` alone already avoids root (RT003 accepts it); this rule checks the letter of the standard, as admission with `pod-security.kubernetes.io/enforce: restricted` does. A container-level `runAsNonRoot: false` overrides the pod's `true`. Kubernetes only: compose has no such setting.",
    remediation:
      'Set `securityContext.runAsNonRoot: true` in the pod spec (or on every container) and make sure the image runs as a non-zero UID.',
    references: [
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
      'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#security-context-1',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.2.7'] },
    aliases: { trivy: ['KSV-0012'], kubesec: ['RunAsNonRoot'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    false: '{{container}} sets runAsNonRoot: false.',
    missing: '{{container}} does not set runAsNonRoot: true (pod or container).',
  },
  check(ctx, doc) {
    const off = [];
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'] })) {
      if (r.runAsNonRoot?.value === false) off.push({ node: r.runAsNonRoot.node, r });
      else if (r.runAsNonRoot?.value !== true) ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
    }
    for (const g of groupByNode(off))
      ctx.report({ messageId: 'false', node: g.node, data: { container: g.container } });
  },
});
