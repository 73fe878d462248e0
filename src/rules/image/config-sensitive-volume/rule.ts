import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';

const SENSITIVE = /^\/(proc|sys|dev)(\/|$)/;

export default defineAuditRule<ImageDoc, 'sensitiveVolume'>({
  id: 'IM006',
  name: 'config-sensitive-volume',
  source: 'image',
  meta: {
    title: 'Image declares a volume on /proc, /sys or /dev',
    severity: 'high',
    description:
      "The image config declares a VOLUME on /proc, /sys or /dev (or below them). The runtime mounts its own proc, sysfs and device file systems there; a volume on top hides or replaces them, and is an invitation to bind-mount the host's, which hands the container the host kernel's knobs and devices (compare CIS Docker 5.6, sensitive host directories).",
    remediation:
      "Remove the VOLUME instruction for /proc, /sys and /dev; declare volumes only for the application's own data directories.",
    references: [
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#dkl-di-0002',
      'https://docs.docker.com/reference/dockerfile/#volume',
    ],
    frameworks: {},
    aliases: { dockle: ['DKL-DI-0002'] },
    stride: ['tampering', 'elevation-of-privilege'],
  },
  messages: {
    sensitiveVolume: 'The image declares a volume on {{path}}, over what the runtime mounts from the kernel there.',
  },
  check(ctx, doc) {
    for (const path of Object.keys(doc.config.Volumes ?? {})) {
      if (!SENSITIVE.test(path)) continue;
      ctx.report({
        messageId: 'sensitiveVolume',
        logical: imageLocation(doc, `config.Volumes.${path}`),
        data: { path },
      });
    }
  },
});
