import type { EngineDoc } from '../../../sources/engine/doc.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

export default defineAuditRule<EngineDoc, 'parent'>({
  id: 'EN007',
  name: 'cgroup-parent-set',
  source: 'engine',
  meta: {
    title: 'Container runs under its own cgroup parent',
    severity: 'low',
    description:
      "The container was started with `--cgroup-parent`, so its resource limits and accounting hang under a cgroup other than the daemon's. That is sometimes intended (a systemd slice with its own limits), but a wrong parent can leave the container outside the limits meant for it; CIS Docker 5.25 asks that each such use is confirmed.",
    remediation:
      'Remove `--cgroup-parent` unless the parent cgroup is intended and limited; document the ones that are.',
    references: ['https://docs.docker.com/reference/cli/docker/container/run/#cgroup-parent'],
    frameworks: { 'cis-docker-1.6.0': ['5.25'] },
    aliases: { 'docker-bench': ['5.25'] },
    stride: ['denial-of-service'],
  },
  messages: {
    parent: '{{container}} runs under cgroup parent {{parent}}, not the daemon default; confirm it is intended.',
  },
  check(ctx, doc) {
    for (const c of containersOf(ctx, doc)) {
      const parent = (c.container.inspect.HostConfig as Record<string, unknown> | undefined)?.CgroupParent;
      if (typeof parent === 'string' && parent.trim())
        ctx.report({ messageId: 'parent', node: c.node(['HostConfig', 'CgroupParent']), data: { ...who(c), parent } });
    }
  },
});
