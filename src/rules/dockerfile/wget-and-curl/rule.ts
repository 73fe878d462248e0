import { commandsByName, type DockerfileDoc, type ShellCommand } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'both'>({
  id: 'DF044',
  name: 'wget-and-curl',
  source: 'dockerfile',
  meta: {
    title: 'Both wget and curl are used in one stage',
    severity: 'info',
    description:
      'wget and curl do the same job; using both means two download tools in the image where one would do, each one more program an intruder can use to fetch tools and payloads (CIS Docker 4.3, unnecessary packages). Stages are judged one by one, as hadolint does; trivy looks at the whole file. Only the programs a RUN executes count, not package names passed to an installer.',
    remediation: 'Pick one of them for every download of the stage (and install only that one).',
    references: ['https://github.com/hadolint/hadolint/wiki/DL4001', 'https://avd.aquasec.com/misconfig/ds014'],
    frameworks: { 'cis-docker-1.6.0': ['4.3'] },
    aliases: { trivy: ['DS-0014'], hadolint: ['DL4001'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    both: 'This stage runs both wget and curl: `{{tool}}` here, `{{other}}` on line {{line}}.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    const index = commandsByName(doc);
    const wget = index.get('wget');
    const curl = index.get('curl');
    // Both tools must be used for anything to report.
    if (!wget || !curl) return;
    const uses = [...wget, ...curl];
    for (const stage of doc.stages) {
      const firstUse = new Map<string, ShellCommand>();
      const inStage = uses.filter((u) => u.ins.stage === stage.index);
      inStage.sort((a, b) => a.ins.range[0] - b.ins.range[0] || a.index - b.index);
      for (const { cmd } of inStage) {
        if (firstUse.has(cmd.name)) continue;
        firstUse.set(cmd.name, cmd);
        const other = firstUse.get(cmd.name === 'curl' ? 'wget' : 'curl');
        if (other) {
          ctx.report({
            messageId: 'both',
            range: cmd.range,
            data: { tool: cmd.name, other: other.name, line: lineOf(doc.text, other.range[0]) },
          });
        }
      }
    }
  },
});

/** 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
