import { type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { defineAuditRule } from '../../rule.js';
import { accountLines } from '../shared.js';

const ROOT = /^(root|0)(:.*)?$/;

export default defineAuditRule<ImageDoc, 'noUser' | 'rootUser' | 'uidZero'>({
  id: 'IM001',
  name: 'config-root-user',
  source: 'image',
  meta: {
    title: 'Image runs as root',
    severity: 'high',
    description:
      'The image config sets no User, or sets root (by name or uid 0, or a name that /etc/passwd maps to uid 0), so every container started from the image runs as root unless the runtime overrides it. A process that breaks out of a root container is root on the host unless user namespaces are remapped.',
    remediation:
      'Create an unprivileged user in the image and end the Dockerfile with `USER <name or uid>`, so the image config records it.',
    references: [
      'https://docs.docker.com/build/building/best-practices/#user',
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0001',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.1'] },
    aliases: { dockle: ['CIS-DI-0001'], trivy: ['DS-0002'], 'docker-bench': ['4.1'] },
    stride: ['elevation-of-privilege'],
  },
  messages: {
    noUser: 'The image config sets no User: containers run as root.',
    rootUser: 'The image config User is {{user}}: containers run as root.',
    uidZero: 'The image config User is {{user}}, which /etc/passwd gives uid 0: containers run as root.',
  },
  check(ctx, doc) {
    const user = (doc.config.User ?? '').trim();
    const logical = imageLocation(doc, 'config.User');
    if (user === '') return ctx.report({ messageId: 'noUser', logical });
    if (ROOT.test(user))
      return ctx.report({ messageId: 'rootUser', logical, data: { user }, evidence: `User: ${user}` });
    const name = user.split(':')[0] ?? '';
    const account = accountLines(doc.files.get('/etc/passwd'))?.find((l) => l.fields[0] === name);
    if (account?.fields[2] === '0')
      ctx.report({ messageId: 'uidZero', logical, data: { user }, evidence: `User: ${user}` });
  },
});
