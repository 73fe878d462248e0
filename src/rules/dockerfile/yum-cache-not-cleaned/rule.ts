import { type DockerfileDoc, imageStages } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { cleanedAfter, cleansAll, lastUncleaned, managerCalls, OPTIONS, removesDir } from '../package-managers.js';

const INSTALLS = new Set(['install', 'reinstall', 'localinstall', 'groupinstall', 'update', 'upgrade']);
const CACHES = ['/var/cache/yum', '/var/cache/dnf'];

export default defineAuditRule<DockerfileDoc, 'notCleaned'>({
  id: 'DF022',
  name: 'yum-cache-not-cleaned',
  source: 'dockerfile',
  meta: {
    title: '`yum install` without `yum clean all`',
    severity: 'low',
    description:
      'yum keeps downloaded packages and repository metadata under /var/cache/yum (/var/cache/dnf where yum is dnf). Unless the same RUN ends with `yum clean all` (or deletes the cache directory), they stay in the layer. Only the stages that end up in the image are checked, and a `--mount=type=cache` over the cache directory passes. The risk is size (denial-of-service in the resource sense), hence the low severity.',
    remediation: 'Finish the RUN with `yum clean all`: `RUN yum install -y httpd-2.4.6 && yum clean all`.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://github.com/hadolint/hadolint/wiki/DL3032',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0015'], hadolint: ['DL3032'] },
    stride: ['denial-of-service'],
  },
  messages: {
    notCleaned:
      '`yum {{sub}}` is not followed by `yum clean all` in the same RUN: the package cache stays in this layer.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    const calls = managerCalls(doc, ['yum'], OPTIONS.rpm, imageStages(doc));
    for (const c of lastUncleaned(calls, INSTALLS, CACHES)) {
      const cleaned = cleanedAfter(c, (cmd) =>
        ['yum', 'dnf'].includes(cmd.name) ? cleansAll(cmd.args) : CACHES.some((dir) => removesDir(cmd, dir)),
      );
      if (!cleaned) ctx.report({ messageId: 'notCleaned', range: c.cmd.range, data: { sub: c.sub } });
    }
  },
});
