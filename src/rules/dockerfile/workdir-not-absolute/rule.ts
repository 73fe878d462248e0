import { type DockerfileDoc, expandArgs, unquote, variablesAt } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

/** `/app`, `C:\app`, `c:/app`, `\app` (the current drive's root on Windows). */
function isAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:([\\/]|$)/.test(path);
}

export default defineAuditRule<DockerfileDoc, 'relative'>({
  id: 'DF037',
  name: 'workdir-not-absolute',
  source: 'dockerfile',
  meta: {
    title: 'WORKDIR is a relative path',
    severity: 'low',
    description:
      'A relative WORKDIR is resolved against the previous WORKDIR, which may come from the base image: when the base image changes its WORKDIR, files are copied and commands run somewhere else without any change to this Dockerfile. Absolute Linux and Windows paths pass. A path that starts with a variable is expanded with the ARG and ENV values known at that point; when the value is not known statically the WORKDIR passes, as it does in the peers.',
    remediation: 'Use an absolute path: `WORKDIR /app` (or `WORKDIR C:\\app` on Windows).',
    references: [
      'https://docs.docker.com/reference/dockerfile/#workdir',
      'https://docs.docker.com/reference/build-checks/workdir-relative-path/',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0009'], hadolint: ['DL3000'], checkov: ['CKV_DOCKER_10'] },
    stride: ['tampering'],
  },
  messages: {
    relative: 'WORKDIR {{path}} is relative: it depends on the WORKDIR of the base image or of earlier instructions.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'WORKDIR' || ins.stage < 0) continue;
      const first = ins.arguments[0];
      const last = ins.arguments.at(-1);
      if (!first || !last) continue;
      let path = unquote(ins.args.trim());
      if (path.startsWith('$')) {
        const expanded = expandArgs(path, variablesAt(doc, ins));
        if (expanded.unresolved) continue;
        path = expanded.value;
      }
      if (isAbsolute(path)) continue;
      ctx.report({ messageId: 'relative', range: [first.range[0], last.range[1]], data: { path: ins.args.trim() } });
    }
  },
});
