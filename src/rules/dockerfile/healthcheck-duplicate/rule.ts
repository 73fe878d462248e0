import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'duplicate'>({
  id: 'DF008',
  name: 'healthcheck-duplicate',
  source: 'dockerfile',
  meta: {
    title: 'More than one HEALTHCHECK in a stage',
    severity: 'low',
    description:
      'A build stage has several HEALTHCHECK instructions. Only the last one takes effect, so the earlier ones are dead code and a reader may believe the container is probed by a check that never runs. Each HEALTHCHECK after the first in a stage is reported.',
    remediation: 'Keep a single HEALTHCHECK per stage, the one you mean.',
    references: ['https://docs.docker.com/reference/dockerfile/#healthcheck'],
    frameworks: {},
    aliases: { trivy: ['DS-0023'], hadolint: ['DL3012'] },
    stride: ['denial-of-service'],
  },
  messages: {
    duplicate: 'This stage already has a HEALTHCHECK (line {{line}}); only the last one takes effect.',
  },
  check(ctx, doc) {
    for (const stage of doc.stages) {
      const checks = stage.instructions.filter((i) => i.keyword === 'HEALTHCHECK');
      const first = checks[0];
      if (!first) continue;
      for (const hc of checks.slice(1)) {
        ctx.report({ messageId: 'duplicate', range: hc.range, data: { line: first.line + 1 } });
      }
    }
  },
});
