import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'overridden'>({
  id: 'DF040',
  name: 'multiple-entrypoint',
  source: 'dockerfile',
  meta: {
    title: 'More than one ENTRYPOINT in a stage',
    severity: 'low',
    description:
      'Only the last ENTRYPOINT of a stage takes effect; the earlier ones are dead code that tells a reader the image starts something it does not (a wrapper that drops privileges, for example). Each overridden ENTRYPOINT is reported, in every stage.',
    remediation: 'Keep one ENTRYPOINT per stage; chain the steps in one entrypoint script if both were meant to run.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#entrypoint',
      'https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0007'], hadolint: ['DL4004'] },
    stride: ['tampering'],
  },
  messages: {
    overridden: 'This ENTRYPOINT never runs: the ENTRYPOINT on line {{line}} of the same stage overrides it.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const stage of doc.stages) {
      const all = stage.instructions.filter((i) => i.keyword === 'ENTRYPOINT');
      const last = all.at(-1);
      for (const ins of all.slice(0, -1)) {
        ctx.report({ messageId: 'overridden', range: ins.range, data: { line: (last?.line ?? 0) + 1 } });
      }
    }
  },
});
