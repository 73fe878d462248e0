import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export const MAX_RETRIES = 5;

export default defineAuditRule<RuntimeDoc, 'always' | 'unbounded'>({
  id: 'RT037',
  name: 'restart-policy',
  source: 'runtime',
  meta: {
    title: 'Restart policy unbounded',
    severity: 'low',
    description:
      'A container that restarts forever (`restart: always` or `unless-stopped`, or `on-failure` without a limit or above 5 retries) turns a crash it cannot recover from into an endless loop: each restart re-runs its start-up against databases and APIs, fills logs, and hides the failure from anyone who only checks that it is "running". The CIS Docker Benchmark (5.15) recommends `on-failure` with at most 5 retries. No restart policy (`no`) passes. docker-bench fails any container whose maximum retry count is not exactly 5, `no` included, so it is not listed as an equivalent. Kubernetes restarts with back-off under its own controllers and is not checked.',
    remediation:
      'Use `restart: on-failure:5` (or `deploy.restart_policy: {condition: on-failure, max_attempts: 5}`), and alert on containers that stop.',
    references: ['https://docs.docker.com/reference/compose-file/services/#restart'],
    frameworks: { 'cis-docker-1.6.0': ['5.15'] },
    aliases: {},
    stride: ['denial-of-service'],
  },
  messages: {
    always: '{{container}} restarts {{policy}}, without a bound.',
    unbounded: '{{container}} restarts on failure {{retries}}; at most 5 retries are recommended.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['compose', 'docker'] })) {
      const policy = r.restartPolicy;
      if (!policy) continue;
      if (policy.value === 'always' || policy.value === 'unless-stopped')
        ctx.report({ messageId: 'always', node: policy.node, data: { ...who(r), policy: policy.value } });
      else if (policy.value === 'on-failure') {
        const retries = r.restartMaxRetries?.value;
        if (retries === undefined || retries <= 0 || retries > MAX_RETRIES)
          ctx.report({
            messageId: 'unbounded',
            node: r.restartMaxRetries?.node ?? policy.node,
            data: {
              ...who(r),
              retries: retries === undefined || retries <= 0 ? 'without a limit' : `up to ${retries} times`,
            },
          });
      }
    }
  },
});
