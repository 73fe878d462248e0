import { type HostDoc, separatePartition } from '../../../sources/host/index.js';
import { defineAuditRule } from '../../rule.js';
import { present } from '../files.js';

export default defineAuditRule<HostDoc, 'shared'>({
  id: 'HO001',
  name: 'host-data-root-partition',
  source: 'host',
  meta: {
    title: "Docker's data root is not on a partition of its own",
    severity: 'low',
    description:
      "Images, container layers, volumes and json-file logs all grow under the data root (`docker info` DockerRootDir, `--data-root`; /var/lib/docker by default). On a file system shared with the rest of the host, one container writing without bound fills it for everything else. The data root the daemon reports is judged, not a fixed /var/lib/docker. dockerd bind-mounts its data root onto itself, so `mountpoint` (docker-bench's test) always says yes: here a mount only counts when its device differs from that of the file system holding the directory above it. The mount table is the daemon's own (/proc/<dockerd>/mountinfo) when its process is visible.",
    remediation:
      'Give the data root its own partition or logical volume (for example an LVM volume mounted at /var/lib/docker in /etc/fstab), or move it with "data-root" in daemon.json to a file system of its own.',
    references: ['https://docs.docker.com/engine/daemon/#daemon-data-directory'],
    frameworks: { 'cis-docker-1.6.0': ['1.1.1'] },
    aliases: { 'docker-bench': ['1.1.1'] },
    stride: ['denial-of-service'],
  },
  messages: {
    shared: "Docker's data root {{path}} ({{from}}) shares its file system with the rest of the host: {{why}}.",
  },
  check(ctx, doc) {
    const roots = present(doc, 'data-root');
    if (typeof roots === 'string') return ctx.skip(roots);
    const mounts = doc.mounts;
    if (mounts.origin === undefined) return ctx.skip(mounts.reason);
    for (const root of roots) {
      const verdict = separatePartition(mounts.entries, root.real ?? root.path);
      if (!verdict) {
        ctx.skip(`no mount in ${mounts.origin} covers ${root.path}`);
        continue;
      }
      if (verdict.separate) continue;
      ctx.report({
        messageId: 'shared',
        logical: { kind: 'host', name: root.path, path: 'mount' },
        data: { path: root.path, from: root.from, why: verdict.why },
        evidence: `${verdict.mount.device} ${verdict.mount.root} ${verdict.mount.mountPoint} (${mounts.origin})`,
      });
    }
  },
});
