import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'hostUts'>({
  id: 'RT016',
  name: 'host-uts',
  source: 'runtime',
  meta: {
    title: "Host's UTS namespace shared",
    severity: 'medium',
    description:
      "With the host's UTS namespace (compose `uts: host`, `docker run --uts=host`) the container sees the host's hostname and domain name and, with CAP_SYS_ADMIN, can change them for the whole host, confusing logging, monitoring and anything that identifies the machine by name. Kubernetes has no separate setting (a `hostNetwork` pod shares the host's UTS namespace and is reported by RT013), so this rule applies to compose and Docker.",
    remediation: 'Remove `uts: host`.',
    references: ['https://docs.docker.com/reference/cli/docker/container/run/#uts'],
    frameworks: { 'cis-docker-1.6.0': ['5.21'] },
    aliases: { 'docker-bench': ['5.21'] },
    stride: ['spoofing', 'tampering'],
  },
  messages: {
    hostUts: "{{owner}}: shares the host's UTS namespace (hostname).",
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc, { sources: ['compose', 'docker'] })) {
      if (r.hostUts?.value === true && first(r.hostUts.node))
        ctx.report({ messageId: 'hostUts', node: r.hostUts.node, data: { owner: r.owner } });
    }
  },
});
