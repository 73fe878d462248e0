import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'enabled' | 'notDisabled'>({
  id: 'RT041',
  name: 'service-account-token-automounted',
  source: 'runtime',
  meta: {
    title: 'Service account token mounted automatically',
    severity: 'medium',
    description:
      "Unless the pod sets `automountServiceAccountToken: false`, Kubernetes mounts a token of the pod's service account into every container. Code execution in any container then becomes an authenticated call to the API server with that account's permissions, often more than the application ever uses (and the namespace's `default` account may have been granted roles). Most workloads never talk to the API. The ServiceAccount object can also turn automounting off; a manifest of the pod alone cannot show that, so set it on the pod. trivy's KSV-0036 only flags an explicit `true` and is not listed as an equivalent. Not part of the Pod Security Standards.",
    remediation:
      'Set `automountServiceAccountToken: false` in the pod spec of workloads that do not call the Kubernetes API; those that do should use a dedicated service account with a least-privilege Role.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
    ],
    frameworks: { 'cis-kubernetes-1.12.0': ['5.1.6'] },
    aliases: {
      checkov: ['CKV_K8S_38'],
      kubesec: ['AutomountServiceAccountToken'],
      polaris: ['automountServiceAccountToken'],
      kubescape: ['C-0034'],
    },
    stride: ['elevation-of-privilege', 'information-disclosure'],
  },
  messages: {
    enabled: '{{owner}}: sets automountServiceAccountToken: true; every container gets an API token.',
    notDisabled: '{{owner}}: does not set automountServiceAccountToken: false; every container gets an API token.',
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'] })) {
      const a = r.automountServiceAccountToken;
      if (a?.value === false || !r.pod) continue;
      const node = a ? a.node : r.pod.node;
      if (first(node)) ctx.report({ messageId: a ? 'enabled' : 'notDisabled', node, data: { owner: r.owner } });
    }
  },
});
