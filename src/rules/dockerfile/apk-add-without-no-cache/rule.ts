import { type DockerfileDoc, hasOption, imageStages, uncommittedMounts } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { managerCalls, mountsOver, OPTIONS, removesLater } from '../package-managers.js';

const CACHE = '/var/cache/apk';

export default defineAuditRule<DockerfileDoc, 'addCached' | 'updateCached'>({
  id: 'DF021',
  name: 'apk-add-without-no-cache',
  source: 'dockerfile',
  meta: {
    title: 'apk keeps its package index in the image',
    severity: 'low',
    description:
      '`apk add` (and `apk update`, `apk upgrade`) without `--no-cache` store the APKINDEX files under /var/cache/apk, where they stay in the layer. Only the stages that end up in the image are checked. Unlike hadolint and dockle, a RUN that deletes /var/cache/apk/* after the install, or that mounts a build cache or tmpfs there, passes: the layer holds no index either way. The risk is size and stale indexes (denial-of-service in the resource sense), hence the low severity.',
    remediation:
      'Use `apk add --no-cache <packages>` (it fetches a fresh index and keeps none), or `RUN --mount=type=cache,target=/var/cache/apk apk add ...`.',
    references: [
      'https://github.com/gliderlabs/docker-alpine/blob/master/docs/usage.md#disabling-cache',
      'https://github.com/hadolint/hadolint/wiki/DL3019',
    ],
    frameworks: {},
    aliases: { trivy: ['DS-0025'], hadolint: ['DL3019'], dockle: ['DKL-DI-0004'] },
    stride: ['denial-of-service'],
  },
  messages: {
    addCached: '`apk {{sub}}` without --no-cache leaves the package index in /var/cache/apk in this layer.',
    updateCached:
      '`apk update` stores the package index in /var/cache/apk in this layer: use `apk add --no-cache` instead.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['apk'], OPTIONS.apk, imageStages(doc))) {
      if (c.sub !== 'add' && c.sub !== 'upgrade' && c.sub !== 'update') continue;
      // --no-network installs from what is already there and fetches no index.
      if (hasOption(c.parsed, 'no-cache', 'no-network')) continue;
      if (mountsOver(uncommittedMounts(c.ins), CACHE) || removesLater(c, CACHE)) continue;
      if (c.sub === 'update') ctx.report({ messageId: 'updateCached', range: c.cmd.range });
      else ctx.report({ messageId: 'addCached', range: c.cmd.range, data: { sub: c.sub } });
    }
  },
});
