import { fileLocation, type ImageDoc, type ImageFile, imageLocation } from '../../../sources/image/index.js';
import { baseName } from '../../../sources/image/paths.js';
import { defineAuditRule } from '../../rule.js';
import { MAX_FILE_FINDINGS, octal, regularFiles } from '../shared.js';

/** Files of developer and deployment tools that store credentials, and what in their content shows some are there. */
const STORES: readonly { matches: (path: string, name: string) => boolean; holds: RegExp; what: string }[] = [
  {
    matches: (p, n) => p.endsWith('/.docker/config.json') || n === '.dockercfg',
    holds: /"(?:auth|identitytoken|password)"\s*:\s*"[^"]+"/,
    what: 'Docker registry credentials',
  },
  {
    matches: (_p, n) => n === '.npmrc' || n === '.yarnrc.yml',
    holds: /(?:_authToken|_auth|_password|npmAuthToken|npmAuthIdent)\s*[=:]\s*\S/,
    what: 'npm registry tokens',
  },
  { matches: (_p, n) => n === '.pypirc', holds: /^\s*password\s*[:=]\s*\S/m, what: 'PyPI index passwords' },
  { matches: (_p, n) => n === '.git-credentials', holds: /:\/\/[^\s:@/]+:[^\s@/]+@/, what: 'stored git credentials' },
  { matches: (_p, n) => n === '.netrc' || n === '_netrc', holds: /\bpassword\s+\S/, what: 'netrc login passwords' },
  {
    matches: (p) => p.endsWith('/.kube/config'),
    holds: /^\s*(?:token|client-key-data|password)\s*:\s*\S/m,
    what: 'Kubernetes cluster credentials',
  },
  {
    matches: (_p, n) => n === '.pgpass',
    holds: /^[^#\s][^:\n]*:[^:\n]*:[^:\n]*:[^:\n]*:\S/m,
    what: 'PostgreSQL passwords',
  },
  { matches: (_p, n) => n === '.htpasswd', holds: /^[^:#\s]+:\S+/m, what: 'hashes of web passwords' },
];

/** Names dockle reports whatever they hold (its CIS-DI-0010 list, less the cloud and key files other rules cover). */
const SUSPICIOUS_NAMES = new Set(['credential.json', 'password.txt', 'credentials.xml', 'secret_token.rb']);

function classify(file: ImageFile): string | undefined {
  const name = baseName(file.path);
  const store = STORES.find((s) => s.matches(file.path, name));
  if (store) {
    const text = file.content?.toString('utf8');
    return text !== undefined && store.holds.test(text) ? store.what : undefined;
  }
  return undefined;
}

export default defineAuditRule<ImageDoc, 'credentialStore' | 'suspiciousName' | 'more'>({
  id: 'IM013',
  name: 'layer-credential-file',
  source: 'image',
  meta: {
    title: 'Tool credential file in the image',
    severity: 'critical',
    description:
      'A file of the final image file system is a credential store of a developer or deployment tool and holds credentials: Docker registry logins (.docker/config.json), npm or Yarn tokens (.npmrc), PyPI passwords (.pypirc), git credentials (.git-credentials), netrc, kubeconfig, pgpass or htpasswd entries; or it has a name dockle treats as a credential file (password.txt, credentials.xml...). Anyone who can pull the image can use them. At most 25 files are listed; contents are never shown.',
    remediation:
      'Keep tool credentials out of the image: use `RUN --mount=type=secret` for build-time access, remove the file in the same step that used it, and rotate the exposed credentials.',
    references: [
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0010',
      'https://docs.docker.com/build/building/secrets/',
    ],
    frameworks: { 'cis-docker-1.6.0': ['4.10'] },
    aliases: { dockle: ['CIS-DI-0010'] },
    stride: ['information-disclosure', 'spoofing'],
  },
  messages: {
    credentialStore: '{{path}} holds {{what}}.',
    suspiciousName: '{{path}} has a name that files holding credentials use ({{name}}).',
    more: '{{count}} more credential files are not listed.',
  },
  check(ctx, doc) {
    let n = 0;
    for (const f of regularFiles(doc)) {
      const what = classify(f);
      const name = baseName(f.path);
      const suspicious = !what && SUSPICIOUS_NAMES.has(name.toLowerCase());
      if (!what && !suspicious) continue;
      if (++n > MAX_FILE_FINDINGS) continue;
      const evidence = `mode ${octal(f.mode)} uid ${f.uid} gid ${f.gid} size ${f.size}`;
      if (what)
        ctx.report({
          messageId: 'credentialStore',
          logical: fileLocation(doc, f),
          data: { path: f.path, what },
          evidence,
        });
      else
        ctx.report({
          messageId: 'suspiciousName',
          logical: fileLocation(doc, f),
          data: { path: f.path, name },
          evidence,
        });
    }
    if (n > MAX_FILE_FINDINGS) {
      ctx.report({ messageId: 'more', logical: imageLocation(doc, 'layers'), data: { count: n - MAX_FILE_FINDINGS } });
    }
  },
});
