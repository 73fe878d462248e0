import type { DockerfileDoc } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { rpmUnpinned } from '../package-managers.js';

export default defineAuditRule<DockerfileDoc, 'unpinned'>({
  id: 'DF035',
  name: 'dnf-package-unpinned',
  source: 'dockerfile',
  meta: {
    title: '`dnf install` or `microdnf install` without pinned versions',
    severity: 'low',
    description:
      'Without `name-version` (optionally `-release`) dnf and microdnf install whatever the repositories hold that day, so two builds differ and a changed package arrives unreviewed (CIS Docker 4.7). A name counts as pinned when its last dash-separated part starts with a digit (`nginx-1.24.0`, `nginx-1.24.0-1.fc40`). .rpm files, URLs, `@group` names, module streams with `:` and variables are not reported. Packages come from signed distribution repositories, hence the low severity.',
    remediation: 'Pin each package: `dnf install -y nginx-1.24.0-1.fc40`, and rebuild on purpose to take updates.',
    references: [
      'https://dnf.readthedocs.io/en/latest/command_ref.html#install-command-label',
      'https://github.com/hadolint/hadolint/wiki/DL3041',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.7'] },
    aliases: { hadolint: ['DL3041'] },
    stride: ['tampering'],
  },
  messages: {
    unpinned: '`{{manager}} install` does not pin the version of {{packages}}: use name-version.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const { call, packages } of rpmUnpinned(doc, ['dnf', 'dnf5', 'microdnf'])) {
      ctx.report({ messageId: 'unpinned', range: call.cmd.range, data: { manager: call.cmd.name, packages } });
    }
  },
});
