import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'ownStage'>({
  id: 'DF042',
  name: 'copy-from-own-stage',
  source: 'dockerfile',
  meta: {
    title: 'COPY --from names the stage it is in',
    severity: 'low',
    description:
      'A stage cannot copy from itself: `COPY --from=<own name or index>` is a circular dependency that the builder rejects, and shows that the author meant another stage. Names are compared case-insensitively, indexes by number. The effect is a broken build, hence denial of service.',
    remediation: 'Point --from at the stage that produces the files, or copy from the build context without --from.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#copy---from',
      'https://github.com/hadolint/hadolint/wiki/DL3023',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0006'], hadolint: ['DL3023'] },
    stride: ['denial-of-service'],
  },
  messages: {
    ownStage: 'COPY --from={{from}} copies from the stage it is in.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const stage of doc.stages) {
      const alias = stage.from.alias?.toLowerCase();
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'COPY') continue;
        for (const f of ins.flags) {
          if (f.name !== 'from' || !f.value) continue;
          const v = f.value.toLowerCase();
          if (v === alias || v === String(stage.index)) {
            ctx.report({ messageId: 'ownStage', range: f.range, data: { from: f.value } });
          }
        }
      }
    }
  },
});
