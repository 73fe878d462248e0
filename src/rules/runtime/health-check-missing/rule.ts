import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'missing' | 'disabled'>({
  id: 'RT038',
  name: 'health-check-missing',
  source: 'runtime',
  meta: {
    title: 'No health check',
    severity: 'low',
    description:
      'The service defines no health check (or disables the image\'s with `disable: true` / `test: ["NONE"]`). Docker then only knows whether the process exists: a wedged server stays "running", `depends_on: condition: service_healthy` cannot wait for it, and orchestrators keep routing to it. A HEALTHCHECK in the image (CIS Docker 4.6, rule DF007 on Dockerfiles) also counts at run time, which a compose file cannot show; a service that relies on one should say so by suppressing this rule. Kubernetes uses probes instead (RT039, RT040).',
    remediation:
      'Add a `healthcheck` with a `test` that fails when the service cannot serve, with an `interval`, `timeout` and `retries` that suit it.',
    references: ['https://docs.docker.com/reference/compose-file/services/#healthcheck'],
    frameworks: { 'cis-docker-1.6.0': ['5.27'] },
    aliases: { 'docker-bench': ['5.27'] },
    stride: ['denial-of-service'],
  },
  messages: {
    missing: '{{container}} defines no health check.',
    disabled: '{{container}} disables its health check.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc, { sources: ['compose', 'docker'] })) {
      if (!r.healthcheck) ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
      else if (r.healthcheck.value === false)
        ctx.report({ messageId: 'disabled', node: r.healthcheck.node, data: who(r) });
    }
  },
});
