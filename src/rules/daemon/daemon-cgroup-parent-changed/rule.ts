import { type DaemonDoc, describeSetting, stringSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'changed'>({
  id: 'DM010',
  name: 'daemon-cgroup-parent-changed',
  source: 'daemon',
  meta: {
    title: 'Containers are placed under a non-default cgroup parent',
    severity: 'low',
    description:
      'By default every container gets its own cgroup under `/docker` (or `system.slice` with the systemd cgroup driver), whose limits the per-container flags set. A daemon-wide `cgroup-parent` moves all containers under another cgroup, whose own limits (or lack of them) then apply to all of them together: confirm it is the one intended.',
    remediation:
      'Remove "cgroup-parent" from daemon.json (and --cgroup-parent), unless that parent cgroup and its limits are intended.',
    references: ['https://docs.docker.com/reference/cli/dockerd/#default-cgroup-parent'],
    frameworks: { 'cis-docker-1.6.0': ['2.10'] },
    aliases: { 'docker-bench': ['2.10'] },
    stride: ['denial-of-service'],
  },
  messages: {
    changed: 'Containers go under the cgroup {{parent}} ({{setting}}): confirm its limits are the ones intended.',
  },
  check(ctx, doc) {
    const s = stringSetting(doc, 'cgroup-parent', '');
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value === '') return;
    ctx.report({ messageId: 'changed', ...at(s), data: { parent: s.value, setting: describeSetting(s) } });
  },
});
