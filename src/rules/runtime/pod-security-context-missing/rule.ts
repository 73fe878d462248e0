import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT050',
  name: 'pod-security-context-missing',
  source: 'runtime',
  meta: {
    title: 'Pod security context not set',
    severity: 'low',
    description:
      "The pod spec has no `securityContext` (or an empty one), so nothing is decided at pod level: no non-root user, group or fsGroup, no seccomp profile, no sysctls policy, and every container relies on its own settings or the image's defaults. The CIS Kubernetes Benchmark (5.6.3) asks for security contexts on pods and containers; the individual settings are checked by their own rules. A workload whose pod spec is not a mapping (checkov's `*-malformed-spec` fixtures) is rejected by the API server; stridebench reports it as an `invalid-type` diagnostic and audits no container in it, where checkov fails this check, so those fixtures disagree on purpose. Not part of the Pod Security Standards.",
    remediation:
      'Add a pod `securityContext` with at least `runAsNonRoot: true`, a non-zero `runAsUser`/`runAsGroup`, `fsGroup` where volumes are written, and `seccompProfile.type: RuntimeDefault`.',
    references: ['https://kubernetes.io/docs/tasks/configure-pod-container/security-context/'],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.6.3'] },
    aliases: { checkov: ['CKV_K8S_29'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    missing: '{{owner}}: the pod spec sets no securityContext.',
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'] }))
      if (r.pod && !r.pod.securityContext && first(r.pod.node))
        ctx.report({ messageId: 'missing', node: r.pod.node, data: { owner: r.owner } });
  },
});
