import { boolSetting, type DaemonDoc, describeSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'off'>({
  id: 'DM015',
  name: 'daemon-live-restore-disabled',
  source: 'daemon',
  meta: {
    title: 'Containers stop when the Docker daemon stops',
    severity: 'low',
    description:
      "Without live restore, every container stops when dockerd stops or crashes, so upgrading or restarting the daemon takes all workloads down. Live restore keeps them running. It does not work with swarm mode, where the check is skipped. The running daemon's setting is read from `docker info` when the engine is audited live.",
    remediation:
      'Set "live-restore": true in daemon.json (or --live-restore) and reload dockerd (kill -HUP; no restart needed).',
    references: ['https://docs.docker.com/engine/daemon/live-restore/'],
    frameworks: { 'cis-docker-1.6.0': ['2.15'] },
    aliases: { 'docker-bench': ['2.15'] },
    stride: ['denial-of-service'],
  },
  messages: {
    off: 'Every container stops when dockerd stops: live restore is off ({{setting}}).',
  },
  check(ctx, doc) {
    const swarm = (doc.info?.Swarm as { LocalNodeState?: string } | undefined)?.LocalNodeState;
    if (swarm === 'active') return ctx.skip('live restore is not available in swarm mode, and this node is in a swarm');
    const s = boolSetting(doc, 'live-restore', false, (info) =>
      typeof info.LiveRestoreEnabled === 'boolean' ? info.LiveRestoreEnabled : undefined,
    );
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value === true) return;
    ctx.report({ messageId: 'off', ...at(s), data: { setting: describeSetting(s) } });
  },
});
