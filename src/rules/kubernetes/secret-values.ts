// What looks like a credential in configuration data. Kept narrow: a false positive on a ConfigMap teaches users to
// ignore the rule, so names must end with a secret word and values must not be placeholders.

/** A key or variable name that names a credential: `password`, `DB_PASSWORD`, `clientSecret`, `api-key`. */
const SECRET_NAME = /(password|passwd|passphrase|secret|token|apikey|accesskey|secretkey|privatekey|credentials?)$/;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** Values that stand for a secret without being one: empty, templated, a file path, a flag. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  return (
    v.length < 4 ||
    /^\$\{[^}]*\}$|^\$\([^)]*\)$|^\$[A-Za-z_][A-Za-z0-9_]*$|^\{\{.*\}\}$|^<[^>]*>$|^%\([^)]*\)s$/.test(v) ||
    /^(true|false|yes|no|null|none|changeme-in-secret)$/i.test(v) ||
    v.startsWith('/') ||
    /^(file|vault|secret|env|ref|arn|projects\/|sm|awssm|gcpsm|azkv):/i.test(v) ||
    /^ENC\[/.test(v)
  );
}

/** Formats of credentials recognisable by themselves. */
const SHAPES: readonly [RegExp, string][] = [
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----/, 'private key'],
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, 'AWS access key'],
  [/\bgh[pousr]_[A-Za-z0-9]{30,}\b|\bgithub_pat_[A-Za-z0-9_]{40,}\b/, 'GitHub token'],
  [/\bxox[abprs]-[A-Za-z0-9-]{10,}\b/, 'Slack token'],
  [/\bsk_live_[A-Za-z0-9]{16,}\b/, 'Stripe key'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'Google API key'],
  [/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/, 'JSON web token'],
  [/\bnpm_[A-Za-z0-9]{36}\b/, 'npm token'],
  [/:\/\/[^/\s:@]+:[^/\s:@]{4,}@/, 'password in a URL'],
];

/** `KEY=value`, `key: value`, `key = "value"`, `"key": "value"` inside a configuration file. */
const ASSIGNMENT = /(?:^|[\s"'{,;])([A-Za-z0-9_.-]+)["']?\s*(?:=|:)\s*(["']?)([^\s"',;]*)\2/g;

export interface SecretHit {
  /** What it looks like: `password`, `private key`. */
  what: string;
  /** The name it was assigned to, if any. */
  name?: string;
}

/** A credential in a value: a recognisable format, or an assignment to a secret name. */
export function secretIn(value: string): SecretHit | undefined {
  for (const [re, what] of SHAPES) if (re.test(value)) return { what };
  for (const m of value.matchAll(ASSIGNMENT)) {
    const [, name = '', , assigned = ''] = m;
    if (isSecretName(name) && !isPlaceholder(assigned)) return { what: 'credential', name };
  }
  return undefined;
}
