/**
 * Secrets never leave stridebench in full. Values that look like credentials are cut to a short prefix and a
 * marker, in every output: messages, evidence, reports.
 */
const SECRET_PATTERNS: readonly RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$)/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{40,}\b/g,
  /\bxox[abprs]-[A-Za-z0-9-]{10,}\b/g,
  /\bsk_live_[A-Za-z0-9]{16,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g,
  /\bnpm_[A-Za-z0-9]{36}\b/g,
];

const SECRET_KEY =
  '[A-Za-z0-9_.-]*(?:pass(?:word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|(?<![a-z])auth(?![a-z]))[A-Za-z0-9_.-]*';

/** Values that name a secret without being one: booleans, file paths, variable references. */
const NOT_A_SECRET = /^(?:true|false|yes|no|on|off|none|null|\$.*|\/.*|\.{1,2}\/.*|[^*]*\*{4}.*)$/i;

/**
 * `KEY=value` and `key: value` where the key names a secret. Prose such as "the password stored in" has no `=` or
 * `:` after the key and is left alone.
 */
const SECRET_ASSIGNMENT = new RegExp(`((?:^|[\\s"'{,;(])${SECRET_KEY}["']?\\s*[=:]\\s*["']?)([^\\s"',;)]{4,})`, 'gi');

/** `--password value`: only long flags that name a secret. */
const SECRET_FLAG = new RegExp(`((?:^|\\s)--${SECRET_KEY}\\s+["']?)([^\\s"',;)-][^\\s"',;)]{3,})`, 'gi');

export function mask(value: string): string {
  if (value.length <= 4) return '****';
  return `${value.slice(0, 2)}****(${value.length} chars)`;
}

/**
 * What every secret pattern needs somewhere in the text: an assignment or a flag, or one of the token prefixes.
 * Most messages and evidence have none, and one scan is cheaper than all the patterns (this runs on every finding).
 */
const MAYBE_SECRET = /[=:]|--|AKIA|ASIA|gh[pousr]_|github_pat_|xox[abprs]-|sk_live_|AIza|eyJ|npm_|-----BEGIN/;

export function redact(text: string): string {
  if (!MAYBE_SECRET.test(text)) return text;
  let out = text;
  for (const p of SECRET_PATTERNS) out = out.replace(p, (m) => mask(m));
  const keep = (_m: string, key: string, value: string) =>
    NOT_A_SECRET.test(value) ? `${key}${value}` : `${key}${mask(value)}`;
  return out.replace(SECRET_ASSIGNMENT, keep).replace(SECRET_FLAG, keep);
}
