import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { rpmUnpinned } from '../package-managers.js';

export default defineAuditRule<DockerfileDoc, 'unpinned'>({
  id: 'DF034',
  name: 'yum-package-unpinned',
  source: 'dockerfile',
  meta: {
    title: '`yum install` without pinned versions',
    severity: 'low',
    description:
      'Without `name-version` (optionally `-release`) yum installs whatever the repositories hold that day, so two builds differ and a changed package arrives unreviewed (CIS Docker 4.7). A name counts as pinned when its last dash-separated part starts with a digit (`httpd-2.4.6`, `openssl-1.0.2k-26.el7`); `python3-devel` or `java-11-openjdk` do not, unlike in hadolint, which accepts any dash. .rpm files, URLs, `@group` names, module streams with `:` and variables are not reported. Packages come from signed distribution repositories, hence the low severity.',
    remediation:
      'Pin each package: `yum install -y httpd-2.4.6-99.el7.centos.1`, and rebuild on purpose to take updates.',
    references: [
      'https://man7.org/linux/man-pages/man8/yum.8.html',
      'https://github.com/hadolint/hadolint/wiki/DL3033',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: { hadolint: ['DL3033'] },
    stride: ['tampering'],
  },
  messages: {
    unpinned: '`yum install` does not pin the version of {{packages}}: use name-version.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const { call, packages } of rpmUnpinned(doc, ['yum'])) {
      ctx.report({ messageId: 'unpinned', range: call.cmd.range, data: { packages } });
    }
  },
});
