import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, runsToCompletion, SERVING, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT040',
  name: 'readiness-probe-missing',
  source: 'runtime',
  meta: {
    title: 'Readiness probe not set',
    severity: 'low',
    description:
      "Without a readiness probe a pod receives Service traffic as soon as its containers start, before the application can answer, and keeps receiving it while overloaded or cut off from its dependencies: requests fail during every rollout and every incident. Jobs and CronJobs, and init and ephemeral containers, are not checked. kube-score's pod-probes also depends on Services targeting the pod and is not listed as an equivalent. Not part of the Pod Security Standards.",
    remediation: 'Add a `readinessProbe` that succeeds only when the container can serve requests.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    ],
    frameworks: {},
    aliases: { checkov: ['CKV_K8S_9'], polaris: ['readinessProbeMissing'] },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} has no readiness probe; it gets traffic before it can serve.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'], roles: SERVING }))
      if (!runsToCompletion(r) && !r.probes?.readiness)
        ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
  },
});
