import { fileLocation, type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { MAX_FILE_FINDINGS, octal, regularFiles } from '../shared.js';

export default defineAuditRule<ImageDoc, 'setuid' | 'setgid' | 'capabilities' | 'more'>({
  id: 'IM011',
  name: 'layer-setuid-files',
  source: 'image',
  meta: {
    title: 'setuid, setgid or file-capability binaries in the image',
    severity: 'low',
    description:
      "A file of the final image file system has the setuid or setgid bit, or carries file capabilities (the security.capability extended attribute). Such a binary runs with its owner's or group's privileges, or with extra capabilities, whoever starts it: a flaw in it is a way from the container user to root. Most containers need none of them. At most 25 files are listed per image.",
    remediation:
      'Remove the bits from binaries the application does not need, near the end of the Dockerfile: `RUN find / -xdev -perm /6000 -type f -exec chmod a-s {} +`; run containers with `--security-opt no-new-privileges`.',
    references: [
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0008',
      'https://man7.org/linux/man-pages/man7/capabilities.7.html',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.8'] },
    aliases: { dockle: ['CIS-DI-0008'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    setuid:
      "{{path}} is setuid (mode {{mode}}, owner uid {{uid}}): it runs with its owner's privileges, whoever starts it.",
    setgid:
      "{{path}} is setgid (mode {{mode}}, group gid {{gid}}): it runs with its group's privileges, whoever starts it.",
    capabilities: '{{path}} carries file capabilities (security.capability): it gains privileges when it runs.',
    more: '{{count}} more files with setuid, setgid or file capabilities are not listed.',
  },
  check(ctx, doc) {
    let n = 0;
    for (const f of regularFiles(doc)) {
      const messageId =
        f.mode & 0o4000 ? 'setuid' : f.mode & 0o2000 ? 'setgid' : f.capabilities ? 'capabilities' : undefined;
      if (!messageId) continue;
      if (++n > MAX_FILE_FINDINGS) continue;
      ctx.report({
        messageId,
        logical: fileLocation(doc, f),
        data: { path: f.path, mode: octal(f.mode), uid: f.uid, gid: f.gid },
        evidence: `mode ${octal(f.mode)} uid ${f.uid} gid ${f.gid}${f.capabilities ? ' security.capability' : ''}`,
      });
    }
    if (n > MAX_FILE_FINDINGS) {
      ctx.report({ messageId: 'more', logical: imageLocation(doc, 'layers'), data: { count: n - MAX_FILE_FINDINGS } });
    }
  },
});
