import { fileLocation, type ImageDoc, imageLocation } from '../../../sources/image/index.js';
import { baseName } from '../../../sources/image/paths.js';
import { defineAuditRule } from '../../rule.js';
import { MAX_FILE_FINDINGS, octal, regularFiles } from '../shared.js';

const KEY_BLOCK = /-----BEGIN ((?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?)-----/;
const PUTTY = /^PuTTY-User-Key-File-\d+:/m;
const SSH_KEY_NAME = /^id_(rsa|dsa|ecdsa|ed25519)(?:[._-].*)?$/;
/** Test fixtures of installed packages (CPython's test/keycert.pem and the like): keys made to be public. */
const FIXTURE_DIR = /\/(test|tests|testdata|test_data|test-data|__tests__|fixtures)\//;

export default defineAuditRule<ImageDoc, 'privateKey' | 'keyName' | 'more'>({
  id: 'IM012',
  name: 'layer-private-key',
  source: 'image',
  meta: {
    title: 'Private key in the image',
    severity: 'critical',
    description:
      'A file of the final image file system holds a private key (a PEM or OpenSSH `PRIVATE KEY` block, a PuTTY key) or has the name of an SSH private key (id_rsa, id_ed25519...). Everyone who can pull the image has the key: they can impersonate the server or user it belongs to and read what it protects. A key deleted by a later layer is not reported, although it stays in the earlier layer blob; nor are keys under test, tests, testdata or fixtures directories, which packages ship as test fixtures (the CPython test suite alone has a dozen). At most 25 files are listed per image; key material is never shown.',
    remediation:
      'Remove the key from the build context and the image (`.dockerignore`), mount it at run time from a secret store, or use `RUN --mount=type=ssh` for build-time access; revoke and replace the exposed key.',
    references: [
      'https://github.com/goodwithtech/dockle/blob/master/CHECKPOINT.md#cis-di-0010',
      'https://docs.docker.com/build/building/secrets/#ssh-mounts',
    ],
    frameworks: { design: ['secrets-management'], 'cis-docker-1.6.0': ['4.10'] },
    aliases: { dockle: ['CIS-DI-0010'] },
    stride: ['information-disclosure', 'spoofing'],
  },
  messages: {
    privateKey: '{{path}} holds a private key ({{format}}).',
    keyName: '{{path}} has the name of an SSH private key.',
    more: '{{count}} more files with private keys are not listed.',
  },
  check(ctx, doc) {
    let n = 0;
    for (const f of regularFiles(doc)) {
      if (FIXTURE_DIR.test(f.path)) continue;
      const text = f.content?.toString('latin1');
      const block = text ? KEY_BLOCK.exec(text)?.[1] : undefined;
      const format = block ?? (text && PUTTY.test(text) ? 'PuTTY key' : undefined);
      const named = SSH_KEY_NAME.test(baseName(f.path)) && !f.path.endsWith('.pub');
      if (!format && !named) continue;
      if (++n > MAX_FILE_FINDINGS) continue;
      const evidence = `mode ${octal(f.mode)} uid ${f.uid} gid ${f.gid} size ${f.size}`;
      if (format)
        ctx.report({
          messageId: 'privateKey',
          logical: fileLocation(doc, f),
          data: { path: f.path, format },
          evidence,
        });
      else ctx.report({ messageId: 'keyName', logical: fileLocation(doc, f), data: { path: f.path }, evidence });
    }
    if (n > MAX_FILE_FINDINGS) {
      ctx.report({ messageId: 'more', logical: imageLocation(doc, 'layers'), data: { count: n - MAX_FILE_FINDINGS } });
    }
  },
});
