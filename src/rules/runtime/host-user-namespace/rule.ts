import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, once } from '../helpers.js';

export default defineAuditRule<RuntimeDoc, 'hostUserns'>({
  id: 'RT017',
  name: 'host-user-namespace',
  source: 'runtime',
  meta: {
    title: "Host's user namespace shared",
    severity: 'medium',
    description:
      "On a daemon with user-namespace remapping (`userns-remap`, CIS Docker 2.9), root in a container is an unprivileged user on the host. `userns_mode: host` (`docker run --userns=host`) opts this container out: its root is the host's root again, so every other weakness (a writable host mount, an added capability) counts in full. Kubernetes pods use the host's user namespace by default; user namespaces there are opt-in with `hostUsers: false` and are credited by RT006 and RT007. This rule applies to compose and Docker.",
    remediation:
      'Remove `userns_mode: host`; fix the file ownership problem that usually motivates it (volumes owned by the remapped range) instead.',
    references: ['https://docs.docker.com/engine/security/userns-remap/'],
    frameworks: { 'cis-docker-1.6.0': ['5.31'] },
    aliases: { 'docker-bench': ['5.31'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    hostUserns: "{{owner}}: shares the host's user namespace; its root is the host's root.",
  },
  check(ctx, doc) {
    const first = once();
    for (const r of containersOf(ctx, doc, { sources: ['compose', 'docker'] })) {
      if (r.hostUserns?.value === true && first(r.hostUserns.node))
        ctx.report({ messageId: 'hostUserns', node: r.hostUserns.node, data: { owner: r.owner } });
    }
  },
});
