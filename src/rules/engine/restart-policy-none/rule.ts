import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<EngineDoc, 'none'>({
  id: 'EN004',
  name: 'restart-policy-none',
  source: 'engine',
  meta: {
    title: "Restart policy is not 'on-failure'",
    severity: 'low',
    description:
      "CIS Docker 5.15 asks for the `on-failure` restart policy with at most 5 retries: a container that fails is restarted a bounded number of times, then left stopped for someone to look at. A container with the policy `no` (Docker's default) is never restarted, so one crash is an outage nobody is told about. docker-bench passes `no` because it only compares MaximumRetryCount, which is 0; `always` and `unless-stopped`, and `on-failure` without a bound, are the runtime rule RT037's. Containers started with `--rm` are one-shot and not judged.",
    remediation: 'Start long-running containers with `--restart on-failure:5`.',
    references: ['https://docs.docker.com/engine/containers/start-containers-automatically/'],
    frameworks: { 'cis-docker-1.6.0': ['5.15'] },
    aliases: { 'docker-bench': ['5.15'] },
    stride: ['denial-of-service'],
  },
  messages: {
    none: '{{container}} has restart policy {{policy}}: it is never restarted after a failure; use on-failure:5.',
  },
  check(ctx, doc) {
    for (const c of containersOf(ctx, doc)) {
      const hc = (c.container.inspect.HostConfig ?? {}) as Record<string, unknown>;
      const policy = c.runtime.restartPolicy;
      if (!policy || hc.AutoRemove === true) continue;
      if (policy.value === 'no' || policy.value === '')
        ctx.report({ messageId: 'none', node: policy.node, data: { ...who(c), policy: policy.value || 'no' } });
    }
  },
});
