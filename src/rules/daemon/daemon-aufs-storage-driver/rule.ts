import { type DaemonDoc, describeSetting, stringSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'aufs'>({
  id: 'DM006',
  name: 'daemon-aufs-storage-driver',
  source: 'daemon',
  meta: {
    title: 'Docker daemon uses the aufs storage driver',
    severity: 'medium',
    description:
      'aufs is an out-of-tree file system with known kernel crashes under container workloads; Docker deprecated it and removed it in Docker 24. The driver in use is read from `docker info` when the engine is audited live.',
    remediation:
      'Move to overlay2: set "storage-driver": "overlay2" (images and containers must be pulled or rebuilt).',
    references: ['https://docs.docker.com/engine/storage/drivers/select-storage-driver/'],
    frameworks: { 'cis-docker-1.6.0': ['2.6'] },
    aliases: { 'docker-bench': ['2.6'] },
    stride: ['denial-of-service'],
  },
  messages: {
    aufs: 'dockerd uses the aufs storage driver ({{setting}}).',
  },
  check(ctx, doc) {
    const s = stringSetting(doc, 'storage-driver', '', (info) =>
      typeof info.Driver === 'string' ? info.Driver : undefined,
    );
    if (s.from === 'unknown') return ctx.skip(s.reason);
    if (s.value !== 'aufs') return;
    ctx.report({ messageId: 'aufs', ...at(s), data: { setting: describeSetting(s) } });
  },
});
