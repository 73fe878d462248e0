import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'overridden'>({
  id: 'DF039',
  name: 'multiple-cmd',
  source: 'dockerfile',
  meta: {
    title: 'More than one CMD in a stage',
    severity: 'low',
    description:
      'Only the last CMD of a stage takes effect; the earlier ones are dead code that tells a reader the image runs something it does not. Each overridden CMD is reported, in every stage.',
    remediation:
      'Keep one CMD per stage; run several processes through a script or a process supervisor if that was the intent.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#cmd',
      'https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0016'], hadolint: ['DL4003'] },
    stride: ['tampering'],
  },
  messages: {
    overridden: 'This CMD never runs: the CMD on line {{line}} of the same stage overrides it.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const stage of doc.stages) {
      const all = stage.instructions.filter((i) => i.keyword === 'CMD');
      const last = all.at(-1);
      for (const ins of all.slice(0, -1)) {
        ctx.report({ messageId: 'overridden', range: ins.range, data: { line: (last?.line ?? 0) + 1 } });
      }
    }
  },
});
