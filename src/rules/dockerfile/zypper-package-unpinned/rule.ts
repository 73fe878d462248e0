import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { isPackageFile, listPackages, managerCalls, OPTIONS } from '../package-managers.js';

export default defineAuditRule<DockerfileDoc, 'unpinned'>({
  id: 'DF036',
  name: 'zypper-package-unpinned',
  source: 'dockerfile',
  meta: {
    title: '`zypper install` without pinned versions',
    severity: 'low',
    description:
      'Without a version constraint (`curl=8.6.0`, `curl>=8.6`) zypper installs whatever the repositories hold that day, so two builds differ and a changed package arrives unreviewed (CIS Docker 4.7). Patterns, patches and products (`-t pattern`), .rpm files, URLs and variables are not reported. Packages come from signed distribution repositories, hence the low severity.',
    remediation: 'Pin each package: `zypper install -y curl=8.6.0-4.1`.',
    references: ['https://en.opensuse.org/SDB:Zypper_manual', 'https://github.com/hadolint/hadolint/wiki/DL3037'],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: { hadolint: ['DL3037'] },
    stride: ['tampering'],
  },
  messages: {
    unpinned: '`zypper {{sub}}` does not pin the version of {{packages}}: use name=version.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['zypper'], OPTIONS.zypper)) {
      if (c.sub !== 'install' && c.sub !== 'in') continue;
      const type = c.parsed.options.find((o) => o.name === 't' || o.name === 'type')?.value;
      if (type && type !== 'package') continue;
      const unpinned = c.operands.filter(
        (w) => !w.dynamic && !/[=<>]/.test(w.value) && !isPackageFile(w.value, '.rpm'),
      );
      if (unpinned.length > 0) {
        ctx.report({
          messageId: 'unpinned',
          range: c.cmd.range,
          data: { sub: c.sub, packages: listPackages(unpinned) },
        });
      }
    }
  },
});
