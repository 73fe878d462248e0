import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing' | 'unlimited'>({
  id: 'RT031',
  name: 'pids-limit-missing',
  source: 'runtime',
  meta: {
    title: 'PIDs limit not set',
    severity: 'low',
    description:
      "Without a PIDs limit a process in the container can fork until the host's process table is full (a fork bomb, or a leak of worker processes), and then nothing on the host can start a process, its own recovery tools included. Kubernetes sets this per node (the kubelet's `podPidsLimit`), outside the pod spec, so this rule applies to compose and Docker (`pids_limit`, `deploy.resources.limits.pids`); a limit of 0 or -1 means none.",
    remediation:
      'Set `pids_limit` (or `deploy.resources.limits.pids`) to a bound the service never reaches, such as 100 or a few hundred.',
    references: ['https://docs.docker.com/reference/compose-file/services/#pids_limit'],
    frameworks: { 'cis-docker-1.6.0': ['5.29'] },
    aliases: { 'docker-bench': ['5.29'] },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} has no PIDs limit; a fork bomb can exhaust the host.',
    unlimited: '{{container}} sets PIDs limit {{limit}}, which means none.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['compose', 'docker'] })) {
      if (!r.pidsLimit) ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
      else if (r.pidsLimit.value <= 0)
        ctx.report({ messageId: 'unlimited', node: r.pidsLimit.node, data: { ...who(r), limit: r.pidsLimit.value } });
    }
  },
});
