import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { isPackageFile, listPackages, managerCalls, OPTIONS } from '../package-managers.js';

export default defineAuditRule<DockerfileDoc, 'unpinned'>({
  id: 'DF030',
  name: 'apk-package-unpinned',
  source: 'dockerfile',
  meta: {
    title: '`apk add` without pinned versions',
    severity: 'low',
    description:
      "Without a version constraint (`curl=8.9.1-r2`, or `curl~8.9` for a fuzzy pin) the build installs whatever version the Alpine repository holds that day, so two builds differ and a changed package arrives unreviewed (CIS Docker 4.7). The name given to `--virtual`/`-t`, .apk files, paths and variables are not reported. Packages come from Alpine's signed repositories, hence the low severity.",
    remediation: 'Pin each package: `apk add --no-cache curl=8.9.1-r2` (or `curl~8.9`).',
    references: [
      'https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Holding_a_specific_package_back',
      'https://github.com/hadolint/hadolint/wiki/DL3018',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: { hadolint: ['DL3018'] },
    stride: ['tampering'],
  },
  messages: {
    unpinned: '`apk add` does not pin the version of {{packages}}: use package=version.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['apk'], OPTIONS.apk)) {
      if (c.sub !== 'add') continue;
      const unpinned = c.operands.filter(
        (w) => !w.dynamic && !/[=~<>]/.test(w.value) && !isPackageFile(w.value, '.apk'),
      );
      if (unpinned.length > 0)
        ctx.report({ messageId: 'unpinned', range: c.cmd.range, data: { packages: listPackages(unpinned) } });
    }
  },
});
