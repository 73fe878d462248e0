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

/** `KEY=value`, `key: value` and `--password value` where the key names a secret. */
const SECRET_ASSIGNMENT =
  /((?:^|[\s"'{,;(])(?:--?)?[A-Za-z0-9_.-]*(?:pass(?:word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|auth)[A-Za-z0-9_.-]*["']?\s*(?:=|:|\s)\s*["']?)([^\s"',;)]{4,})/gi;

export function mask(value: string): string {
  if (value.length <= 4) return '****';
  return `${value.slice(0, 2)}****(${value.length} chars)`;
}

export function redact(text: string): string {
  let out = text;
  for (const p of SECRET_PATTERNS) out = out.replace(p, (m) => mask(m));
  out = out.replace(SECRET_ASSIGNMENT, (_m, key: string, value: string) =>
    value.includes('****') || value.startsWith('$') ? `${key}${value}` : `${key}${mask(value)}`,
  );
  return out;
}
