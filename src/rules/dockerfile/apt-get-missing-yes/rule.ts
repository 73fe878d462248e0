import type { DockerfileDoc, ParsedArgs } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { aptNoAction, managerCalls, OPTIONS } from '../package-managers.js';

/** Subcommands that stop to ask "Do you want to continue? [Y/n]". */
const PROMPTING = new Set([
  'install',
  'upgrade',
  'dist-upgrade',
  'full-upgrade',
  'remove',
  'purge',
  'autoremove',
  'build-dep',
]);

/** `-y`, `--yes`, `--assume-yes`, `--force-yes`, quiet level 2 (`-qq`, `-q=2`) or `-o APT::Get::Assume-Yes=true`. */
export function assumesYes(parsed: ParsedArgs): boolean {
  let quiet = 0;
  for (const o of parsed.options) {
    if (['y', 'yes', 'assume-yes', 'force-yes'].includes(o.name)) return true;
    if (o.name === 'q') quiet++;
    if ((o.name === 'quiet' || o.name === 'q') && o.value === '2') return true;
    if ((o.name === 'o' || o.name === 'option') && /^APT::Get::Assume-Yes=(true|1|yes)$/i.test(o.value ?? '')) {
      return true;
    }
  }
  return quiet >= 2 || parsed.options.some((o) => o.word.value === '-q=2');
}

export default defineAuditRule<DockerfileDoc, 'prompts'>({
  id: 'DF025',
  name: 'apt-get-missing-yes',
  source: 'dockerfile',
  meta: {
    title: '`apt-get install` without `-y`',
    severity: 'low',
    description:
      'A build has no terminal: `apt-get install` (upgrade, remove, purge...) that needs to install or remove more than was asked stops at "Do you want to continue? [Y/n]", reads end-of-file and aborts, failing the build at a point that depends on the state of the archive. `-y`, `--yes`, `--assume-yes`, quiet level 2 (`-qq`), `-o APT::Get::Assume-Yes=true` and a piped `yes |` all answer the prompt. The same applies to `apt`. The effect is a failed build (availability of the pipeline), not an exposure.',
    remediation: 'Add `-y`: `RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8`.',
    references: [
      'https://manpages.debian.org/bookworm/apt/apt-get.8.en.html',
      'https://github.com/hadolint/hadolint/wiki/DL3014',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0021'], hadolint: ['DL3014'] },
    stride: ['denial-of-service'],
  },
  messages: {
    prompts: '`{{manager}} {{sub}}` without -y waits for a confirmation the build cannot give.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['apt-get', 'apt'], OPTIONS.apt)) {
      if (!PROMPTING.has(c.sub) || assumesYes(c.parsed) || c.cmd.pipedIn || aptNoAction(c.parsed)) continue;
      ctx.report({ messageId: 'prompts', range: c.cmd.range, data: { manager: c.cmd.name, sub: c.sub } });
    }
  },
});
