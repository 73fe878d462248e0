import { type DockerfileDoc, imageStages } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { cleanedAfter, cleansAll, lastUncleaned, managerCalls, OPTIONS, removesDir } from '../package-managers.js';

const INSTALLS = new Set(['install', 'reinstall', 'groupinstall', 'update', 'upgrade', 'module', 'group']);
const CACHES = ['/var/cache/dnf', '/var/cache/yum', '/var/cache/libdnf5'];

export default defineAuditRule<DockerfileDoc, 'notCleaned'>({
  id: 'DF023',
  name: 'dnf-cache-not-cleaned',
  source: 'dockerfile',
  meta: {
    title: '`dnf install` or `microdnf install` without `clean all`',
    severity: 'low',
    description:
      'dnf and microdnf keep repository metadata and downloaded packages under /var/cache/dnf (/var/cache/yum for microdnf and older releases). Unless the same RUN ends with `dnf clean all` / `microdnf clean all` (or deletes the cache directory), they stay in the layer. Only the stages that end up in the image are checked, and a `--mount=type=cache` over the cache directory passes. The risk is size (denial-of-service in the resource sense), hence the low severity.',
    remediation:
      'Finish the RUN with the matching clean: `RUN dnf install -y nginx-1.24.0 && dnf clean all` or `RUN microdnf install -y shadow-utils-4.6 && microdnf clean all`.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://github.com/hadolint/hadolint/wiki/DL3040',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0019', 'DS-0027'], hadolint: ['DL3040'] },
    stride: ['denial-of-service'],
  },
  messages: {
    notCleaned:
      '`{{manager}} {{sub}}` is not followed by `{{manager}} clean all` in the same RUN: the package cache stays in this layer.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    const calls = managerCalls(doc, ['dnf', 'dnf5', 'microdnf'], OPTIONS.rpm, imageStages(doc));
    for (const c of lastUncleaned(calls, INSTALLS, CACHES)) {
      if (c.sub === 'module' || c.sub === 'group') {
        if (c.operands[0]?.value !== 'install') continue;
      }
      const cleaned = cleanedAfter(c, (cmd) =>
        ['dnf', 'dnf5', 'microdnf', 'yum'].includes(cmd.name)
          ? cleansAll(cmd.args)
          : CACHES.some((dir) => removesDir(cmd, dir)),
      );
      if (!cleaned) {
        ctx.report({ messageId: 'notCleaned', range: c.cmd.range, data: { manager: c.cmd.name, sub: c.sub } });
      }
    }
  },
});
