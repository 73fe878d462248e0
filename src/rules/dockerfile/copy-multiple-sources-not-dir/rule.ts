import { type DockerfileDoc, execFormWords } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'notDir'>({
  id: 'DF045',
  name: 'copy-multiple-sources-not-dir',
  source: 'dockerfile',
  meta: {
    title: 'COPY of several sources to a destination that is not a directory',
    severity: 'low',
    description:
      'When COPY (or ADD) has more than one source, the destination must be a directory written with a trailing slash; otherwise the builder refuses the instruction. Shell and JSON forms are checked, ADD too; `.` and `..` (the working directory) count as directories, and a destination held in a variable or written with a Windows backslash is accepted. hadolint also reports `.`, which builders accept. The effect is a broken build, hence denial of service.',
    remediation: 'End the destination with a slash: `COPY package.json package-lock.json /app/`.',
    references: [
      'https://docs.docker.com/reference/dockerfile/#destination',
      'https://github.com/hadolint/hadolint/wiki/DL3021',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0011'], hadolint: ['DL3021'] },
    stride: ['denial-of-service'],
  },
  messages: {
    notDir: '{{keyword}} has {{count}} sources, so the destination {{dest}} must end with /.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const ins of doc.instructions) {
      if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.heredocs.length > 0) continue;
      const words = ins.json ? execFormWords(doc, ins) : ins.arguments;
      if (words.length < 3) continue;
      const dest = words.at(-1) as (typeof words)[number];
      const v = dest.value.replace(/^(["'])(.*)\1$/, '$2');
      if (v.endsWith('/') || v.endsWith('\\') || v === '.' || v === '..' || v.includes('$')) continue;
      ctx.report({
        messageId: 'notDir',
        range: dest.range,
        data: { keyword: ins.keyword, count: words.length - 1, dest: v },
      });
    }
  },
});
