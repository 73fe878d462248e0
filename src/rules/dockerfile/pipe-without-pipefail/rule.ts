import type { Range } from '../../../core/location.js';
import {
  baseName,
  type DockerfileDoc,
  logicalText,
  runScripts,
  type ShellCommand,
  type ShellWord,
  shellAt,
} from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash', 'dash', 'sh', 'ksh', 'mksh', 'busybox']);
/** Commands that cannot fail in a way that matters; with pipefail, `yes` even makes the pipeline fail (SIGPIPE). */
const HARMLESS_SOURCES = new Set(['echo', 'printf', 'yes', 'true']);

/** `-o pipefail`, `-euxo pipefail` or `-opipefail` among shell options. */
function setsPipefail(words: readonly (ShellWord | string)[]): boolean {
  const value = (i: number) => {
    const w = words[i];
    return typeof w === 'string' ? w : w?.value;
  };
  for (let i = 0; i < words.length; i++) {
    const v = value(i) as string;
    if (v === '-opipefail' || (/^-[A-Za-z]*o$/.test(v) && value(i + 1) === 'pipefail')) return true;
  }
  return false;
}

export default defineAuditRule<DockerfileDoc, 'noPipefail'>({
  id: 'DF046',
  name: 'pipe-without-pipefail',
  source: 'dockerfile',
  meta: {
    title: 'RUN with a pipe but without `set -o pipefail`',
    severity: 'low',
    description:
      'A pipeline fails only when its last command fails. In `RUN curl -fsSL https://example.com/key | gpg --dearmor -o /usr/share/keyrings/example.gpg` a failed download goes unnoticed and the build continues with an empty or truncated file: a key that verifies nothing or an installer that never ran. Passes when the SHELL in force (also inherited from the stage built FROM) is a shell started with `-o pipefail`, when the RUN runs `set -o pipefail` before the pipe, or when the pipeline runs inside `bash -o pipefail -c`. Windows stages (PowerShell, cmd) are skipped. Unlike hadolint, pipelines fed only by echo, printf, yes or true are not reported: those cannot fail in a way pipefail would catch.',
    remediation:
      'Add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` before the RUN (`/bin/ash` on Alpine), or start the RUN with `set -o pipefail &&`.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#using-pipes',
      'https://github.com/hadolint/hadolint/wiki/DL4006',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0032'], hadolint: ['DL4006'] },
    stride: ['tampering'],
  },
  messages: {
    noPipefail: 'Only the exit status of the last command of `{{pipeline}}` counts: set -o pipefail first.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const { ins, script } of runScripts(doc)) {
      if (!script.posix || script.pipelines.length === 0) continue;
      const shell = shellAt(doc, ins);
      if (shell?.[0] && PIPEFAIL_SHELLS.has(baseName(shell[0])) && setsPipefail(shell)) continue;
      const pipeline = script.pipelines.find((p) => !covered(p, script.commands));
      if (!pipeline) continue;
      const text = logicalText(doc, pipeline).replace(/\s+/g, ' ');
      ctx.report({
        messageId: 'noPipefail',
        range: pipeline,
        data: { pipeline: text.length > 60 ? `${text.slice(0, 57)}...` : text },
      });
    }
  },
});

function covered(pipeline: Range, commands: readonly ShellCommand[]): boolean {
  const inside = (c: ShellCommand) => c.range[0] >= pipeline[0] && c.range[1] <= pipeline[1];
  let depth = Number.POSITIVE_INFINITY;
  for (const c of commands) if (inside(c) && c.depth < depth) depth = c.depth;
  // The commands of the pipeline itself: all but the last feed the pipe.
  let previous: ShellCommand | undefined;
  let harmless = true;
  for (const c of commands) {
    if (c.depth !== depth || !inside(c)) continue;
    if (previous && !HARMLESS_SOURCES.has(previous.name)) harmless = false;
    previous = c;
  }
  if (harmless) return true;
  return commands.some(
    (c) =>
      (c.depth === depth && c.name === 'set' && c.range[1] <= pipeline[0] && setsPipefail(c.args)) ||
      (c.depth === depth - 1 &&
        c.range[0] <= pipeline[0] &&
        c.range[1] >= pipeline[1] &&
        PIPEFAIL_SHELLS.has(c.name) &&
        setsPipefail(c.args)),
  );
}
