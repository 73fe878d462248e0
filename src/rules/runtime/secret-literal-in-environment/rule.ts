import type { RuntimeDoc } from '../../../sources/runtime.js';
import { defineAuditRule } from '../../rule.js';
import { containersOf, who } from '../helpers.js';

/** Variable names that hold credentials (`DB_PASSWORD`, `API_KEY`, `GITHUB_TOKEN`...). */
const SECRET_NAME =
  /(^|[_.-])(PASS(WORD|WD)?|PWD|SECRET|TOKEN|API[_-]?KEY|ACCESS[_-]?KEY|PRIVATE[_-]?KEY|SECRET[_-]?KEY|CREDENTIALS?|AUTH|CLIENT[_-]?SECRET|CONN(ECTION)?[_-]?STRING|DSN)([_.-]|$)/i;
/** Names that point to a secret rather than hold it. */
const INDIRECT =
  /(_FILE|_PATH|_DIR|_NAME|_ID|_USER(NAME)?|_URL|_ENDPOINT|_HOST|_TYPE|_MODE|_ENABLED|_HEADER|_LENGTH|_TTL|_EXPIRY)$/i;
/** Values that are not secrets: references, booleans, placeholders. */
const NOT_A_SECRET = /^(\$\(.*\)|\$\{.*\}|\$[A-Za-z_]\w*|true|false|yes|no|on|off|none|null|changeme|<.*>|\*+|-+)?$/i;

/** Names whose only credential word is AUTH (`REGISTRY_AUTH`, `AUTH_BACKEND`) often name a mechanism, not a secret. */
const AUTH_ONLY = /(^|[_.-])AUTH([_.-]|$)/i;
/** A mechanism's name: one lowercase word such as `htpasswd`, `token`, `oauth2`, `basic`, `ldap`. */
const MECHANISM = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** `scheme://user:password@host`: a password in a connection URL, whatever the variable is called. */
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s:@/]+:([^\s@/]+)@/i;

export function looksLikeLiteralSecret(name: string, value: string | undefined): boolean {
  if (value === undefined) return false;
  const v = value.trim();
  const password = URL_WITH_PASSWORD.exec(v)?.[1];
  if (password !== undefined) return !NOT_A_SECRET.test(password);
  if (v === '' || NOT_A_SECRET.test(v) || v.startsWith('/')) return false;
  if (!SECRET_NAME.test(name) || INDIRECT.test(name)) return false;
  // REGISTRY_AUTH=htpasswd selects how the registry authenticates; BASIC_AUTH=user:s3cret is a credential.
  const onlyAuth = SECRET_NAME.test(name.replace(AUTH_ONLY, '$1$2')) === false;
  return !(onlyAuth && MECHANISM.test(v));
}

export default defineAuditRule<RuntimeDoc, 'literal'>({
  id: 'RT046',
  name: 'secret-literal-in-environment',
  source: 'runtime',
  meta: {
    title: 'Secret written in plain environment value',
    severity: 'high',
    description:
      'An environment variable whose name says it holds a credential (`*PASSWORD*`, `*SECRET*`, `*TOKEN*`, `*API_KEY*`...) is given a literal value in the manifest or compose file. The secret is now in version control, in every copy of the file, in `kubectl get -o yaml` output and `docker inspect`, readable by anyone who can read the workload definition rather than only by those allowed to read Secrets. A connection URL with a password in it (`mysql://root:pw@db/app`) is reported whatever the variable is called. A variable whose only credential word is AUTH and whose value is one lowercase word (`REGISTRY_AUTH: htpasswd`) names a mechanism and is not reported. References (`$(VAR)`, `${VAR}`), file paths and `*_FILE`/`*_USER`/`*_URL` names without a password in the value are not reported. The value is never shown in findings. Not part of the Pod Security Standards.',
    remediation:
      'Move the value into a Kubernetes Secret (mounted as a file, see RT045) or a compose `secrets:` entry / an external secret store, and rotate it: it has been exposed.',
    references: [
      'https://kubernetes.io/docs/concepts/configuration/secret/',
      'https://docs.docker.com/compose/how-tos/use-secrets/',
    ],
    frameworks: { design: ['secrets-management'], 'cis-kubernetes-1.12.0': ['5.4.1'] },
    aliases: { polaris: ['sensitiveContainerEnvVar'] },
    stride: ['information-disclosure'],
  },
  messages: {
    literal: '{{container}} sets {{variable}} to a literal value; a credential is written in the file.',
  },
  check(ctx, doc) {
    for (const r of containersOf(ctx, doc)) {
      for (const e of r.env)
        if (e.from === undefined && looksLikeLiteralSecret(e.name, e.value))
          ctx.report({ messageId: 'literal', node: e.node, data: { ...who(r), variable: e.name } });
    }
  },
});
