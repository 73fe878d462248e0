import { type DockerfileDoc, runScripts } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'cd'>({
  id: 'DF038',
  name: 'cd-instead-of-workdir',
  source: 'dockerfile',
  meta: {
    title: 'RUN starts with `cd` instead of using WORKDIR',
    severity: 'info',
    description:
      'A RUN that begins with `cd dir && ...` repeats in shell what WORKDIR says once, and the directory it sets is forgotten by the next instruction, which is hard to follow and easy to get wrong when the Dockerfile is edited. A `cd` alone does nothing at all. Only a `cd` that starts the RUN (the pattern the Docker documentation names) is reported: a `cd` in the middle of a RUN that builds in a temporary directory and leaves it, or inside `( ... )`, is a legitimate use. That is narrower than trivy and hadolint, which report every `cd`.',
    remediation: 'Use `WORKDIR /path` before the RUN, or absolute paths in the command.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#workdir',
      'https://github.com/hadolint/hadolint/wiki/DL3003',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0013'], hadolint: ['DL3003'] },
    stride: ['tampering'],
  },
  messages: {
    cd: 'RUN starts with `{{command}}`: use WORKDIR to change directory.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const { script } of runScripts(doc)) {
      // The first top-level command, after `set -e`-style option settings.
      const cmd = script.commands.find((c) => c.depth === 0 && c.name !== 'set' && c.name !== '');
      if (cmd?.name === 'cd' && !cmd.subshell) {
        ctx.report({
          messageId: 'cd',
          range: cmd.range,
          data: { command: ['cd', ...cmd.args.map((a) => a.value)].join(' ') },
        });
      }
    }
  },
});
