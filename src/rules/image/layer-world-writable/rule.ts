import { fileLocation, type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { MAX_FILE_FINDINGS, octal } from '../shared.js';

/** Scratch directories meant to be shared, and kernel file systems the runtime mounts over. */
const SCRATCH = /^\/(tmp|var\/tmp|dev\/shm|run\/lock|var\/lock|dev|proc|sys)(\/|$)/;

export default defineAuditRule<ImageDoc, 'file' | 'directory' | 'more'>({
  id: 'IM018',
  name: 'layer-world-writable',
  source: 'image',
  meta: {
    title: 'World-writable files in the image',
    severity: 'medium',
    description:
      "A regular file of the image is writable by every user, or a directory is writable by every user without the sticky bit, outside the scratch directories (/tmp, /var/tmp, /dev/shm, /run/lock). Any process in the container, whatever its user, can then change the program or configuration, or delete and replace the files in the directory: a foothold as an unprivileged user becomes tampering with code that others run. Often the result of `chmod -R 777`. At most 25 are listed per image. (dockle's DKL-LI-0003 checks for unnecessary files, not permissions, so it is not an equivalent.)",
    remediation:
      'Give files to the user that needs to write them (`COPY --chown`, `chown`) with mode 644/755, and use 1777 (sticky) for directories that must be shared.',
    references: ['https://docs.docker.com/reference/dockerfile/#copy---chown---chmod'],
    frameworks: {},
    aliases: {},
    stride: ['tampering', 'elevation-of-privilege'],
  },
  messages: {
    file: '{{path}} is world-writable (mode {{mode}}): any user in the container can change it.',
    directory:
      '{{path}} is a world-writable directory without the sticky bit (mode {{mode}}): any user can delete or replace what is in it.',
    more: '{{count}} more world-writable files and directories are not listed.',
  },
  check(ctx, doc) {
    let n = 0;
    for (const f of doc.files.values()) {
      if (!(f.mode & 0o002) || SCRATCH.test(f.path)) continue;
      const messageId =
        f.type === 'file' ? 'file' : f.type === 'directory' && !(f.mode & 0o1000) ? 'directory' : undefined;
      if (!messageId) continue;
      if (++n > MAX_FILE_FINDINGS) continue;
      ctx.report({
        messageId,
        logical: fileLocation(doc, f),
        data: { path: f.path, mode: octal(f.mode) },
        evidence: `mode ${octal(f.mode)} uid ${f.uid} gid ${f.gid}`,
      });
    }
    if (n > MAX_FILE_FINDINGS) {
      ctx.report({ messageId: 'more', logical: imageLocation(doc, 'layers'), data: { count: n - MAX_FILE_FINDINGS } });
    }
  },
});
