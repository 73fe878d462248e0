import { type DockerfileDoc, imageStages, parseOptions } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { cleanedAfter, lastUncleaned, managerCalls, OPTIONS, removesDir } from '../package-managers.js';

const INSTALLS = new Set(['install', 'in', 'update', 'up', 'patch', 'dist-upgrade', 'dup', 'source-install', 'si']);
const CACHE = '/var/cache/zypp';

export default defineAuditRule<DockerfileDoc, 'notCleaned'>({
  id: 'DF024',
  name: 'zypper-cache-not-cleaned',
  source: 'dockerfile',
  meta: {
    title: '`zypper install` without `zypper clean`',
    severity: 'low',
    description:
      'zypper keeps repository metadata and downloaded packages under /var/cache/zypp. Unless the same RUN ends with `zypper clean` (`zypper cc`) or deletes the cache directory, they stay in the layer. Only the stages that end up in the image are checked, and a `--mount=type=cache` over /var/cache/zypp passes. The risk is size (denial-of-service in the resource sense), hence the low severity.',
    remediation: 'Finish the RUN with `zypper clean --all`: `RUN zypper install -y curl=8.6.0 && zypper clean --all`.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#run',
      'https://github.com/hadolint/hadolint/wiki/DL3036',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0020'], hadolint: ['DL3036'] },
    stride: ['denial-of-service'],
  },
  messages: {
    notCleaned:
      '`zypper {{sub}}` is not followed by `zypper clean` in the same RUN: the package cache stays in this layer.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    const calls = managerCalls(doc, ['zypper'], OPTIONS.zypper, imageStages(doc));
    for (const c of lastUncleaned(calls, INSTALLS, [CACHE])) {
      const cleaned = cleanedAfter(c, (cmd) => {
        if (cmd.name !== 'zypper') return removesDir(cmd, CACHE);
        const sub = parseOptions(cmd.args, OPTIONS.zypper).positionals[0]?.value;
        return sub === 'clean' || sub === 'cc';
      });
      if (!cleaned) ctx.report({ messageId: 'notCleaned', range: c.cmd.range, data: { sub: c.sub } });
    }
  },
});
