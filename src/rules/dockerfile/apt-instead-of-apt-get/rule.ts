import { commandsByName, type DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

export default defineAuditRule<DockerfileDoc, 'apt'>({
  id: 'DF028',
  name: 'apt-instead-of-apt-get',
  source: 'dockerfile',
  meta: {
    title: '`apt` used in a RUN instead of `apt-get`',
    severity: 'info',
    description:
      '`apt` is the interactive front end: its command line and output are not promised to stay stable (it warns "apt does not have a stable CLI interface. Use with caution in scripts."), and it shows progress bars and prompts meant for a terminal. `apt-get` and `apt-cache` are the interfaces for scripts. `apt-key`, `apt-cache` and `apt-get` themselves are not reported.',
    remediation: 'Replace `apt` with `apt-get` (install, update, remove...) or `apt-cache` (search, show, policy).',
    references: [
      'https://manpages.debian.org/bookworm/apt/apt.8.en.html#SCRIPT_USAGE_AND_DIFFERENCES_FROM_OTHER_APT_TOOLS',
      'https://github.com/hadolint/hadolint/wiki/DL3027',
    ],
    frameworks: {},
    aliases: { hadolint: ['DL3027'], checkov: ['CKV_DOCKER_9'] },
    stride: ['denial-of-service'],
  },
  messages: {
    apt: '`apt {{sub}}`: apt has no stable command-line interface for scripts; use apt-get or apt-cache.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const { script, cmd } of commandsByName(doc).get('apt') ?? []) {
      if (!script.posix) continue;
      const sub = cmd.args.find((a) => !a.value.startsWith('-'))?.value ?? '';
      ctx.report({ messageId: 'apt', range: cmd.range, data: { sub } });
    }
  },
});
