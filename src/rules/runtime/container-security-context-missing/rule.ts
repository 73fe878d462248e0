import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT051',
  name: 'container-security-context-missing',
  source: 'runtime',
  meta: {
    title: 'Container security context not set',
    severity: 'low',
    description:
      'The container has no `securityContext` (or an empty one). Several protections exist only at container level — `allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true`, dropped capabilities — so a container without one runs with all of them at their permissive defaults whatever the pod says. The CIS Kubernetes Benchmark (5.6.3) asks for security contexts on pods and containers; the individual settings are checked by their own rules. Not part of the Pod Security Standards.',
    remediation:
      'Add a container `securityContext` with at least `allowPrivilegeEscalation: false`, `readOnlyRootFilesystem: true` and `capabilities: {drop: [ALL]}`.',
    references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.6.3'] },
    aliases: { checkov: ['CKV_K8S_30'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    missing: '{{container}} sets no securityContext.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'] }))
      if (!r.securityContext) ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
  },
});
