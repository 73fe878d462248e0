import { type DockerfileDoc, hasOption } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { isPackageFile, listPackages, managerCalls, OPTIONS } from '../package-managers.js';

export default defineAuditRule<DockerfileDoc, 'unpinned'>({
  id: 'DF033',
  name: 'gem-package-unpinned',
  source: 'dockerfile',
  meta: {
    title: '`gem install` without a pinned version',
    severity: 'medium',
    description:
      'Without `name:version` or `--version`, gem installs the newest release on rubygems.org at build time: whoever can publish that gem decides what runs in the image, and builds stop being reproducible (CIS Docker 4.7). .gem files and variables are not reported. Severity is medium because the registry is open to anyone, unlike a distribution archive.',
    remediation:
      'Pin the version: `gem install bundler:2.5.22` or `gem install bundler -v 2.5.22`; better, use a Gemfile.lock with `bundle install`.',
    references: [
      'https://guides.rubygems.org/command-reference/#gem-install',
      'https://github.com/hadolint/hadolint/wiki/DL3028',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: { hadolint: ['DL3028'] },
    stride: ['tampering'],
  },
  messages: {
    unpinned: '`gem install` does not pin the version of {{packages}}: use gem:version or --version.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['gem'], OPTIONS.gem)) {
      if (c.sub !== 'install' && c.sub !== 'i') continue;
      if (hasOption(c.parsed, 'v', 'version')) continue;
      const unpinned = c.operands.filter(
        (w) => !w.dynamic && !w.value.includes(':') && !isPackageFile(w.value, '.gem'),
      );
      if (unpinned.length > 0) {
        ctx.report({ messageId: 'unpinned', range: c.cmd.range, data: { packages: listPackages(unpinned) } });
      }
    }
  },
});
