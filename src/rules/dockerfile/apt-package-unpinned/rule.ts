import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { aptNoAction, isPackageFile, listPackages, managerCalls, OPTIONS } from '../package-managers.js';

export default defineAuditRule<DockerfileDoc, 'unpinned'>({
  id: 'DF029',
  name: 'apt-package-unpinned',
  source: 'dockerfile',
  meta: {
    title: '`apt-get install` without pinned versions',
    severity: 'low',
    description:
      "Without `package=version` the build installs whatever version the archive holds that day, so two builds of the same Dockerfile differ and a changed package arrives unreviewed. CIS Docker 4.7 asks for update instructions together with version pinning. A package given as `name/release` (a release pin), as a .deb file, or through a variable (`$PACKAGES`, which cannot be judged statically) is not reported. Packages come from the distribution's signed archive, hence the low severity.",
    remediation:
      'Pin each package: `apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8` (find versions with `apt-cache policy curl`), and rebuild on purpose to take updates.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://github.com/hadolint/hadolint/wiki/DL3008',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: { hadolint: ['DL3008'] },
    stride: ['tampering'],
  },
  messages: {
    unpinned: '`{{manager}} install` does not pin the version of {{packages}}: use package=version.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['apt-get', 'apt'], OPTIONS.apt)) {
      if (c.sub !== 'install' || aptNoAction(c.parsed)) continue;
      const unpinned = c.operands.filter(
        (w) => !w.dynamic && !w.value.includes('=') && !isPackageFile(w.value, '.deb'),
      );
      if (unpinned.length === 0) continue;
      ctx.report({
        messageId: 'unpinned',
        range: c.cmd.range,
        data: { manager: c.cmd.name, packages: listPackages(unpinned) },
      });
    }
  },
});
