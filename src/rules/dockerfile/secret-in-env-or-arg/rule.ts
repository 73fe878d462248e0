import { mask, redact } from '../../../core/redact.js';
import { type DockerfileDoc, keyValues } from '../../../sources/dockerfile/index.js';
import { defineAuditRule } from '../../rule.js';

/** Name parts that say the value is a secret. */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pass',
  'passphrase',
  'pwd',
  'secret',
  'secrets',
  'token',
  'apikey',
  'credential',
  'credentials',
  'creds',
  'privatekey',
]);
/** Every secret word above, and the `key` and `auth` parts below, contains one of these: most names have none. */
const MAY_NAME_A_SECRET = /pass|pwd|secret|token|key|cred|auth/i;
/** A last name part that makes the variable about a secret rather than the secret itself (`PASSWORD_FILE`). */
const QUALIFIERS = new Set([
  'file',
  'files',
  'path',
  'dir',
  'directory',
  'url',
  'uri',
  'endpoint',
  'host',
  'hostname',
  'port',
  'user',
  'username',
  'name',
  'id',
  'type',
  'mode',
  'method',
  'length',
  'len',
  'min',
  'max',
  'enabled',
  'enable',
  'disabled',
  'required',
  'header',
  'prefix',
  'suffix',
  'expiry',
  'expires',
  'ttl',
  'timeout',
  'version',
  'policy',
  'format',
  'field',
  'location',
  'algorithm',
  'algo',
  'size',
  'provider',
  'label',
  'env',
  'var',
  'count',
  'rotation',
  'lifetime',
  'audience',
  'issuer',
  'scope',
  'scopes',
]);
const PUBLIC = new Set(['public', 'pub', 'publishable']);
/** Values that configure rather than authenticate. */
const NOT_A_SECRET = /^(?:|true|false|yes|no|on|off|none|null|nil|0|1|enabled|disabled|required|optional|changeit)$/i;
/** `scheme://user:password@host`, the password not a variable. */
const URL_CREDENTIALS = /[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s@/$]+)@/i;

/** Splits `DB_PASSWORD`, `dbPassword`, `db-password` and `API_KEY` into lower-case parts (`api`+`key` → `apikey`). */
function nameParts(name: string): string[] {
  const parts = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k] as string;
    const next = parts[k + 1];
    if ((p === 'api' || p === 'private' || p === 'access' || p === 'secret' || p === 'client') && next === 'key') {
      out.push(p === 'api' ? 'apikey' : p === 'private' ? 'privatekey' : p === 'secret' ? 'secret' : `${p}key`);
      k++;
    } else out.push(p);
  }
  return out;
}

/** The variable's name says it holds a secret: `DB_PASSWORD`, `NPM_TOKEN`, `AWS_SECRET_ACCESS_KEY`, `API_KEY`. */
export function secretName(name: string): boolean {
  if (name === 'PWD' || name === 'OLDPWD' || !MAY_NAME_A_SECRET.test(name)) return false;
  const parts = nameParts(name);
  const last = parts.at(-1);
  if (!last || QUALIFIERS.has(last) || parts.some((p) => PUBLIC.has(p))) return false;
  if (parts.includes('accesskey') && !parts.includes('id')) return true;
  if (parts.includes('clientkey')) return true;
  if (last === 'auth' && parts.length > 1) return true;
  return parts.some((p) => SECRET_WORDS.has(p));
}

/** A value in a known credential format (private key, cloud or forge token, JWT, URL with a password). */
function credentialValue(value: string): boolean {
  // Every known format is longer than this; most ENV values (versions, paths, flags) are not.
  if (value.length < 12) return false;
  // The URL pattern is slow on long values without a URL: test for its fixed parts first.
  if (value.includes('://') && value.includes('@') && URL_CREDENTIALS.test(value)) return true;
  return REDACTABLE.test(value) && redact(value) !== value;
}

/**
 * Text that every pattern of core/redact.ts needs (a key header, a token prefix, or a secret-naming key such as
 * `password=`), case aside. redact() runs a dozen expressions and most long ENV values (paths, versions, URLs)
 * contain none of these: they are not handed to it. Keep in step with core/redact.ts.
 */
const REDACTABLE =
  /-----BEGIN|AKIA|ASIA|gh[pousr]_|github_pat_|xox|sk_live_|AIza|eyJ|npm_|pass|secret|token|key|credential|auth/i;

/** `$VAR`, `${VAR}`, `${VAR:-}` and nothing else: the value comes from a build argument. */
const ONLY_VARIABLE = /^\$(?:\{[A-Za-z_][A-Za-z0-9_]*(?::?[-+][^}]*)?\}|[A-Za-z_][A-Za-z0-9_]*)$/;

export default defineAuditRule<DockerfileDoc, 'literal' | 'credential' | 'buildArg' | 'persisted'>({
  id: 'DF010',
  name: 'secret-in-env-or-arg',
  source: 'dockerfile',
  meta: {
    title: 'Secret in ENV or ARG',
    severity: 'high',
    description:
      'An ENV or ARG carries a credential. ENV values are stored in the image configuration and visible to anyone who can pull the image (`docker inspect`) and to every process in the container; ARG values used by a RUN are recorded in the image history (`docker history`). Reported: a literal value for a variable whose name says it is a secret (PASSWORD, SECRET, TOKEN, API_KEY, AWS_SECRET_ACCESS_KEY, ...; names such as PASSWORD_FILE or TOKEN_URL that only point at a secret are not), a value in a known credential format under any name (private key, AWS access key id, GitHub, Slack, Stripe, Google or npm token, JWT, URL with a password), an ARG declared to receive a secret at build time, and an ENV that copies a secret build argument into the image. The finding never shows the value. hadolint DL3064 reports on the name alone, even without a value.',
    remediation:
      'Remove the secret from the Dockerfile and rotate it. Pass build-time secrets with BuildKit (`RUN --mount=type=secret,id=npm_token ...` and `docker build --secret id=npm_token,env=NPM_TOKEN`), and runtime secrets from the orchestrator (Docker or Kubernetes secrets, a vault) as files or environment at run time.',
    references: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/',
    ],
    frameworks: { design: ['secrets-management'], 'cis-docker-1.6.0': ['4.10'] },
    aliases: { trivy: ['DS-0031'], hadolint: ['DL3064'], dockle: ['CIS-DI-0010'] },
    stride: ['information-disclosure'],
  },
  messages: {
    // No word may follow a secret-like word here: the runner's redaction would read it as the secret and mask it.
    literal: 'Hard-coded value in {{keyword}} {{name}}, readable by anyone who can pull the image.',
    credential:
      'Value with the format of a known key or access code in {{keyword}} {{name}}, readable by anyone who can pull the image.',
    buildArg:
      'Build argument {{name}}, meant for a sensitive value, is recorded in the history of every RUN that uses it.',
    persisted: 'Sensitive build argument copied into the image configuration by ENV {{name}}.',
  },
  check(ctx, doc) {
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'ENV' && ins.keyword !== 'ARG') continue;
      for (const kv of keyValues(doc, ins)) {
        const named = secretName(kv.key);
        const value = kv.value;
        const evidence = () => `${kv.key}=${value === undefined ? '' : mask(value)}`;
        const data = { keyword: ins.keyword, name: kv.key };
        if (value === undefined || value === '') {
          if (named && ins.keyword === 'ARG')
            ctx.report({ messageId: 'buildArg', range: kv.keyRange, data, evidence: kv.key });
          continue;
        }
        if (credentialValue(value)) {
          ctx.report({ messageId: 'credential', range: kv.keyRange, data, evidence: evidence() });
          continue;
        }
        if (!named || NOT_A_SECRET.test(value.trim())) continue;
        if (ONLY_VARIABLE.test(value.trim())) {
          if (ins.keyword === 'ENV') ctx.report({ messageId: 'persisted', range: kv.keyRange, data, evidence: kv.key });
          continue;
        }
        ctx.report({ messageId: 'literal', range: kv.keyRange, data, evidence: evidence() });
      }
    }
  },
});
