import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, runsToCompletion, SERVING, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing'>({
  id: 'RT039',
  name: 'liveness-probe-missing',
  source: 'runtime',
  meta: {
    title: 'Liveness probe not set',
    severity: 'low',
    description:
      "Without a liveness probe the kubelet restarts the container only when its process exits: a deadlocked or wedged server (after resource exhaustion, or a request that hangs a worker) keeps its place and its traffic until someone notices. The probe is how availability recovers without an operator. Jobs and CronJobs, which run to completion, and init and ephemeral containers are not checked. kube-score's pod-probes also depends on Services targeting the pod and is not listed as an equivalent. Not part of the Pod Security Standards.",
    remediation:
      'Add a `livenessProbe` (HTTP, TCP, gRPC or exec) that fails when the process can no longer serve; make it cheaper and slower to fail than the readiness probe.',
    references: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    ],
    frameworks: {},
    aliases: { checkov: ['CKV_K8S_8'], polaris: ['livenessProbeMissing'] },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} has no liveness probe; a hung process is never restarted.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['kubernetes'], roles: SERVING }))
      if (!runsToCompletion(r) && !r.probes?.liveness) ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
  },
});
