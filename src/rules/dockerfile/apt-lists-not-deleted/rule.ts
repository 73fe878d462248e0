import { type DockerfileDoc, imageStages, uncommittedMounts } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';
import { followedBy, managerCalls, mountsOver, OPTIONS, removesLater } from '../package-managers.js';

const LISTS = '/var/lib/apt/lists';

export default defineAuditRule<DockerfileDoc, 'listsKept'>({
  id: 'DF020',
  name: 'apt-lists-not-deleted',
  source: 'dockerfile',
  meta: {
    title: 'apt package lists are left in the image',
    severity: 'low',
    description:
      '`apt-get update` downloads the package lists into /var/lib/apt/lists (tens of megabytes). Unless the same RUN deletes them, they stay in that layer for good: a later RUN that deletes them hides them without shrinking the image. Only RUN instructions of the stages that end up in the image (the final stage and the stages it is built FROM) are checked; a builder stage read with COPY --from is discarded. A `--mount=type=cache` (or tmpfs) over /var/lib/apt/lists keeps them out of the layer too. The risk is size and stale indexes, not a direct exposure, hence the low severity and the denial-of-service (resource) category.',
    remediation:
      'End the RUN that runs `apt-get update` with `rm -rf /var/lib/apt/lists/*` (or `apt-get dist-clean` with apt 2.7.8 and later), after the installs: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`. With BuildKit, `RUN --mount=type=cache,target=/var/lib/apt/lists ...` works as well.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#apt-get',
      'https://github.com/hadolint/hadolint/wiki/DL3009',
    ],
    frameworks: {},
    aliases: { hadolint: ['DL3009'], dockle: ['DKL-DI-0005'] },
    stride: ['denial-of-service'],
  },
  messages: {
    listsKept:
      '`{{command}}` downloads package lists that stay in this layer: remove /var/lib/apt/lists/* at the end of the same RUN.',
  },
  check(ctx, doc) {
    if (doc.stages.length === 0) return ctx.skip('no FROM instruction');
    for (const c of managerCalls(doc, ['apt-get', 'apt'], OPTIONS.apt, imageStages(doc))) {
      if (c.sub !== 'update') continue;
      if (mountsOver(uncommittedMounts(c.ins), LISTS) || removesLater(c, LISTS)) continue;
      // apt 2.7.8 and later: `apt-get dist-clean` deletes the lists too.
      if (
        followedBy(c, (x) => (x.name === 'apt-get' || x.name === 'apt') && x.args.some((a) => a.value === 'dist-clean'))
      ) {
        continue;
      }
      ctx.report({ messageId: 'listsKept', range: c.cmd.range, data: { command: `${c.cmd.name} update` } });
    }
  },
});
