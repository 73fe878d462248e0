import { fileLocation, type ImageDoc, imageLocation, isEnvFileName } from '../../../sources/image/index.js';
import { baseName } from '../../../sources/image/paths.js';
import { defineAuditRule } from '../../rule.js';
import { MAX_FILE_FINDINGS, octal, regularFiles, secretSetting } from '../shared.js';

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/;

export default defineAuditRule<ImageDoc, 'envFile' | 'envFileSecrets' | 'more'>({
  id: 'IM014',
  name: 'layer-env-file',
  source: 'image',
  meta: {
    title: 'Environment (.env) file in the image',
    severity: 'high',
    description:
      "The final image file system holds a `.env` file (or `.env.production`, `.env.local`...; templates such as `.env.example` are not reported). Such files hold an application's configuration and usually its secrets, and are copied in by a broad `COPY . .` when .dockerignore misses them. Variables that look like secrets are named; values are never shown. At most 25 files are listed.",
    remediation:
      'Add `.env*` (with exceptions for templates) to .dockerignore, remove the file from the image, and pass the settings at run time; rotate any secret it held.',
    references: [
      'https://docs.docker.com/build/concepts/context/#dockerignore-files',
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0010',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.10'] },
    aliases: { dockle: ['CIS-DI-0010'] },
    stride: ['information-disclosure'],
  },
  messages: {
    envFile: "{{path}} is an environment file: .env files usually hold an application's secrets.",
    envFileSecrets: '{{path}} is an environment file that sets {{names}}, which look like secrets.',
    more: '{{count}} more environment files are not listed.',
  },
  check(ctx, doc) {
    let n = 0;
    for (const f of regularFiles(doc)) {
      if (!isEnvFileName(baseName(f.path))) continue;
      if (++n > MAX_FILE_FINDINGS) continue;
      const names: string[] = [];
      for (const line of (f.content?.toString('utf8') ?? '').split(/\r?\n/)) {
        const m = LINE.exec(line);
        if (m?.[1] && secretSetting(m[1], (m[2] ?? '').replace(/^(["'])(.*)\1$/, '$2'))) names.push(m[1]);
      }
      const evidence = `mode ${octal(f.mode)} uid ${f.uid} gid ${f.gid} size ${f.size}`;
      if (names.length > 0) {
        ctx.report({
          messageId: 'envFileSecrets',
          logical: fileLocation(doc, f),
          data: { path: f.path, names: names.join(', ') },
          evidence,
        });
      } else ctx.report({ messageId: 'envFile', logical: fileLocation(doc, f), data: { path: f.path }, evidence });
    }
    if (n > MAX_FILE_FINDINGS) {
      ctx.report({ messageId: 'more', logical: imageLocation(doc, 'layers'), data: { count: n - MAX_FILE_FINDINGS } });
    }
  },
});
