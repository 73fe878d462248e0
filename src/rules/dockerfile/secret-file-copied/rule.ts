import type { Range } from '../../../core/location.js';
import {
  type DockerfileDoc,
  type DockerfileInstruction,
  expandArgs,
  variablesAt,
} from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

/** File names that hold keys or credentials, whatever directory they are in. */
const SECRET_FILES: readonly [RegExp, string][] = [
  [/^id_(?:rsa|dsa|ecdsa|ed25519)(?:_sk)?$/, 'an SSH private key'],
  [/\.(?:key|ppk)$/i, 'a private key'],
  [/\.(?:p12|pfx|jks|keystore)$/i, 'a key store'],
  [/^\.env(?:\.(?!(?:example|sample|template|dist|defaults?|tpl|schema)$)[\w-]+)?$/i, 'an environment file'],
  [
    /^\.(?:npmrc|pypirc|netrc|git-credentials|pgpass|my\.cnf|vault-token|s3cfg|boto|htpasswd|dockercfg)$/i,
    'a package registry or git login file',
  ],
  [/^credentials\.json$|^client_secrets?\.json$|^service[-_]?account.*\.json$/i, 'a cloud service account file'],
  [/^kubeconfig$/i, 'a kubeconfig'],
];
/** Directories whose content is keys and credentials. */
const SECRET_DIRS: Record<string, string> = {
  '.ssh': 'SSH keys',
  '.aws': 'AWS access keys',
  '.gnupg': 'GnuPG keys',
  '.kube': 'a kubeconfig',
  '.docker': 'registry logins',
  '.azure': 'Azure logins',
  '.config/gcloud': 'Google Cloud logins',
};
/** PEM files are certificates as often as keys: only names without a certificate hint are reported. */
const SECRET_DIR_PARTS = Object.entries(SECRET_DIRS).map(([dir, kind]) => [dir, dir.split('/'), kind] as const);
const PEM = /\.pem$/i;
const CERT_HINT = /cert|(?:^|[^a-z])ca(?:[^a-z]|$)|chain|bundle|trust|pub|root/i;
const PUBLIC_KEY = /\.pub$/i;
const REMOTE = /^(?:https?:\/\/|git@|git:\/\/|ssh:\/\/)/i;

/**
 * `.key` also names public GPG keys of package repositories (`jenkins.io.key`, `nodesource.gpg.key`): a name or a
 * destination that says GPG, public, signing, release or keyring is taken as one.
 */
const PUBLIC_KEY_HINT = /gpg|pgp|(?:^|[^a-z])pub(?:lic)?(?:[^a-z]|$)|sign|release|keyring|archive-key|repo/i;

/** What kind of secret a source path names, if any; `destination` is where the COPY puts it. */
export function secretKind(path: string, destination = ''): string | undefined {
  const clean = path.replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (clean === '' || PUBLIC_KEY.test(clean)) return undefined;
  if (
    /\.key$/i.test(clean) &&
    (PUBLIC_KEY_HINT.test(clean) || /\.(?:pub|asc|gpg)$|keyrings?\/|rpm-gpg|trusted\.gpg/i.test(destination))
  )
    return undefined;
  const segments = clean.split('/');
  const base = segments.at(-1) as string;
  for (const [dir, parts, kind] of SECRET_DIR_PARTS) {
    for (let k = 0; k + parts.length <= segments.length; k++) {
      if (parts.every((p, j) => segments[k + j] === p)) {
        // `.docker/` holds other things than config.json; only the credentials file counts there.
        if (dir === '.docker' && k + parts.length < segments.length && base !== 'config.json') continue;
        return kind;
      }
    }
  }
  if (segments.at(-2) === '.kube' && base === 'config') return 'a kubeconfig';
  for (const [re, kind] of SECRET_FILES) if (re.test(base)) return kind;
  if (PEM.test(base) && !CERT_HINT.test(clean)) return 'a PEM file that may hold a private key';
  return undefined;
}

function destination(ins: DockerfileInstruction): string {
  return ins.json ? (ins.json.at(-1) ?? '') : (ins.arguments.at(-1)?.value ?? '');
}

function sources(ins: DockerfileInstruction): { value: string; range: Range }[] {
  if (ins.heredocs.length > 0) return [];
  if (ins.json) return ins.json.slice(0, -1).map((value) => ({ value, range: ins.range }));
  return ins.arguments.slice(0, -1).map((a) => ({ value: a.value.replace(/^(["'])(.*)\1$/, '$2'), range: a.range }));
}

export default defineAuditRule<DockerfileDoc, 'secretFile'>({
  id: 'DF011',
  name: 'secret-file-copied',
  source: 'dockerfile',
  meta: {
    title: 'Key or credentials file copied into the image',
    severity: 'high',
    description:
      'A COPY or ADD names a file that holds a key or credentials: an SSH private key (`id_rsa`...), a `.key`, key store or PEM file, a `.env` file, package-registry or git credentials (`.npmrc`, `.pypirc`, `.netrc`, `.git-credentials`), a cloud credentials file or directory (`.aws/`, `credentials.json`, `.config/gcloud`), a kubeconfig or Docker registry credentials. Anyone who can pull the image can extract it from the layer, and deleting it in a later step does not remove it from the earlier layer. Build stages count too: their layers stay in the build cache and in any image built with `--target`. Templates (`.env.example`), public keys (`.pub`, and `.key` files named or copied as GPG or public keys) and PEM files named as certificates are not reported; whole-directory copies (`COPY . .`) are not either, since what they bring in depends on `.dockerignore`.',
    remediation:
      'Do not copy secrets into the build. Mount them for the one step that needs them (`RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci`, `RUN --mount=type=ssh git clone ...`), provide runtime secrets from the orchestrator, and list such files in `.dockerignore`.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/build/concepts/context/#dockerignore-files',
    ],
    frameworks: { design: ['secrets-management'], 'cis-docker-1.6.0': ['4.10'] },
    aliases: { dockle: ['CIS-DI-0010'] },
    stride: ['information-disclosure'],
  },
  messages: {
    // Kinds avoid secret-like words followed by text: the runner's redaction would mask that text.
    secretFile:
      '{{keyword}} copies {{path}}, which looks like {{kind}}, into the image: anyone who can pull it can read it.',
  },
  check(ctx, doc) {
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') continue;
      for (const src of sources(ins)) {
        let value = src.value;
        if (value.includes('$')) {
          const expanded = expandArgs(value, variablesAt(doc, ins));
          if (expanded.unresolved) continue;
          value = expanded.value;
        }
        if (REMOTE.test(value)) continue;
        const kind = secretKind(value, destination(ins));
        if (!kind) continue;
        ctx.report({ messageId: 'secretFile', range: src.range, data: { keyword: ins.keyword, path: value, kind } });
      }
    }
  },
});
