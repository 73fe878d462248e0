import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<EngineDoc, 'unhealthy'>({
  id: 'EN010',
  name: 'container-unhealthy',
  source: 'engine',
  meta: {
    title: 'Container is unhealthy',
    severity: 'medium',
    description:
      "The container's health check is failing (State.Health.Status is `unhealthy`). CIS Docker 5.27 asks that health is checked at runtime; a container reported unhealthy and left running keeps serving whatever state it is in. Whether a container has a health check at all is the runtime rule RT038's.",
    remediation:
      'Find out why the health check fails (`docker inspect --format "{{json .State.Health}}"`), then fix or replace the container.',
    references: ['https://docs.docker.com/reference/dockerfile/#healthcheck'],
    frameworks: { 'cis-docker-1.6.0': ['5.27'] },
    aliases: { 'docker-bench': ['5.27'] },
    stride: ['denial-of-service'],
  },
  messages: {
    unhealthy: '{{container}} is unhealthy: its health check failed {{streak}} times in a row.',
  },
  check(ctx, doc) {
    for (const c of containersOf(ctx, doc)) {
      const health = (c.container.inspect.State as Record<string, unknown> | undefined)?.Health as
        | Record<string, unknown>
        | undefined;
      if (health?.Status === 'unhealthy')
        ctx.report({
          messageId: 'unhealthy',
          node: c.node(['State', 'Health', 'Status']),
          data: { ...who(c), streak: Number(health.FailingStreak ?? 0) },
        });
    }
  },
});
