import { type DaemonDoc, listSetting } from '../../../sources/daemon/index.js';
import { defineAuditRule } from '../../rule.js';
import { at } from '../report.js';

export default defineAuditRule<DaemonDoc, 'changed'>({
  id: 'DM011',
  name: 'daemon-base-device-size-changed',
  source: 'daemon',
  meta: {
    title: 'The base device size of container file systems is raised',
    severity: 'low',
    description:
      "`dm.basesize` (devicemapper) sets how large every container's root file system may grow. Raised daemon-wide, each container can fill that much of the thin pool and starve the others; raise it per container when one needs more.",
    remediation: 'Remove dm.basesize from "storage-opts" (--storage-opt) unless every container needs that size.',
    references: ['https://docs.docker.com/reference/cli/dockerd/#storage-driver-options'],
    frameworks: { 'cis-docker-1.6.0': ['2.11'] },
    aliases: { 'docker-bench': ['2.11'] },
    stride: ['denial-of-service'],
  },
  messages: {
    changed: 'The base device size of every container is set daemon-wide ({{written}}).',
  },
  check(ctx, doc) {
    const s = listSetting(doc, 'storage-opts');
    if (s.from === 'unknown') return ctx.skip(s.reason);
    for (const item of s.value)
      if (/^dm\.basesize\s*=/.test(item.text))
        ctx.report({ messageId: 'changed', ...at(item), data: { written: item.written } });
  },
});
