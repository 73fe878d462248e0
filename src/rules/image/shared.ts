// What several image rules share: reading build steps back from the history, telling secrets from settings, and
// reading the account files.
import { mask, redact } from '../../core/redact.js';
import type { ImageDoc, ImageFile, ImageHistoryEntry } from '../../sources/image/index.js';

/** A build step as the history records it, with the builder's wrapping removed. */
export interface BuildStep {
  /** Upper-case instruction (`RUN`, `ADD`, `ENV`...), or `''` when the history does not say. */
  keyword: string;
  /** The instruction's arguments; for RUN the shell script. */
  args: string;
}

/**
 * Reads `created_by` back into an instruction. The classic builder writes `/bin/sh -c #(nop)  ENV A=b` for
 * metadata steps and `/bin/sh -c <script>` (or `|2 A=1 B=2 /bin/sh -c <script>` with build args) for RUN;
 * BuildKit writes `ENV A=b`, `RUN /bin/sh -c <script> # buildkit`.
 */
export function buildStep(createdBy: string): BuildStep {
  let s = createdBy.trim().replace(/\s*# buildkit$/, '');
  const nop = /^(?:\|\d+ .*? )?\/bin\/sh -c #\(nop\)\s+([A-Z]+)\b\s*([\s\S]*)$/.exec(s);
  if (nop) return { keyword: nop[1] ?? '', args: (nop[2] ?? '').trim() };
  const kw = /^([A-Z]+)\s+([\s\S]*)$/.exec(s);
  if (
    kw &&
    kw[1] !== undefined &&
    /^(RUN|ADD|COPY|ENV|ARG|USER|WORKDIR|EXPOSE|VOLUME|LABEL|CMD|ENTRYPOINT|HEALTHCHECK|SHELL|ONBUILD|STOPSIGNAL|MAINTAINER)$/.test(
      kw[1],
    )
  ) {
    if (kw[1] !== 'RUN') return { keyword: kw[1], args: (kw[2] ?? '').trim() };
    s = kw[2] ?? '';
  }
  const run = /^(?:\|\d+ .*? )?(?:\/bin\/(?:ba)?sh -c |cmd \/S \/C )([\s\S]*)$/.exec(s);
  if (run) return { keyword: 'RUN', args: (run[1] ?? '').trim() };
  return kw?.[1] === 'RUN' ? { keyword: 'RUN', args: s.trim() } : { keyword: '', args: s };
}

/** The steps of the image, with what `buildStep` reads from each. */
export function buildSteps(doc: ImageDoc): (ImageHistoryEntry & BuildStep)[] {
  return doc.history.map((h) => ({ ...h, ...buildStep(h.createdBy) }));
}

/**
 * The simple commands of a shell script, as word lists: split at `&&`, `||`, `;`, `|`, `&`, newlines, subshells and
 * command substitutions; leading `VAR=value` assignments and quotes removed. Good enough to tell which programs a
 * build step runs, which is all the rules ask.
 */
export function simpleCommands(script: string): string[][] {
  const out: string[][] = [];
  for (const part of script.split(/&&|\|\||[;|&\n()`]|\$\(/)) {
    const words = part
      .replace(/\\\s*$/gm, ' ')
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/^["']+|["']+$/g, ''))
      .filter(Boolean);
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] ?? '')) words.shift();
    if (words.length > 0) out.push(words);
  }
  return out;
}

/** Shows a build step short enough for a message. */
export function stepText(text: string, max = 120): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

const SECRET_NAME =
  /(?:^|[_.-])(?:pass(?:word|wd)?|pwd|secret|token|credentials?|auth|(?:api|access|private|secret|signing|encryption|master|client)[_.-]?key)(?:[_.-]|$)/i;
/** Names that mention a secret but hold something else: where it is, how long it lives, whether it is on. */
const NOT_A_SECRET =
  /[_.-](?:file|path|dir|directory|location|url|uri|endpoint|host|port|id|name|user|username|enabled?|disabled?|ttl|expiry|expires|timeout|length|type|header|method|mode|policy|provider|version|format|algorithm|lifetime)$/i;
const NOT_A_VALUE = /^(?:true|false|yes|no|on|off|none|null|0|1)$/i;
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:([^\s@/]+)@/i;

/**
 * Why a value counts as a secret, worded to sit in parentheses after "secret" in a message: the runner's redaction
 * masks a word of four or more characters that follows a secret-like word, so each reason starts with a short one.
 */
export type SecretReason =
  | 'by its name'
  | 'by its value, which has the format of known tokens'
  | 'as a URL with a password';

/** Why a `NAME=value` setting holds a secret, or `undefined` when it does not look like one. */
export function secretSetting(name: string, value: string): SecretReason | undefined {
  if (value === '' || value.startsWith('$')) return undefined;
  if (redact(value) !== value && !/^[A-Za-z0-9_.-]*[=:]/.test(value))
    return 'by its value, which has the format of known tokens';
  const url = URL_PASSWORD.exec(value);
  if (url && !url[1]?.startsWith('$')) return 'as a URL with a password';
  if (SECRET_NAME.test(name) && !NOT_A_SECRET.test(name) && !NOT_A_VALUE.test(value)) return 'by its name';
  return undefined;
}

/** `NAME=value` → `NAME=ab****(12 chars)`: the name stays readable, the value never leaves in full. */
export function maskedSetting(name: string, value: string): string {
  return `${name}=${mask(value)}`;
}

export interface SecretInText {
  name?: string;
  value: string;
  reason: SecretReason;
}

const ASSIGNMENT = /(?:^|[\s"'])(?:--build-arg\s+)?([A-Za-z_][A-Za-z0-9_.-]*)=("[^"]*"|'[^']*'|[^\s"';&|]*)/g;
const TOKEN = /[A-Za-z0-9_\-./+]{16,}/g;

/** Secrets in free text such as a history step: secret-named assignments, known token formats, URL passwords. */
export function secretsInText(text: string): SecretInText[] {
  const found: SecretInText[] = [];
  const seen = new Set<string>();
  const add = (s: SecretInText) => {
    if (seen.has(s.value)) return;
    seen.add(s.value);
    found.push(s);
  };
  for (const m of text.matchAll(ASSIGNMENT)) {
    const name = m[1] ?? '';
    const value = (m[2] ?? '').replace(/^["']|["']$/g, '');
    const reason = secretSetting(name, value);
    if (reason) add({ name, value, reason });
  }
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (!seen.has(token) && redact(token) !== token)
      add({ value: token, reason: 'by its value, which has the format of known tokens' });
  }
  const url = new RegExp(URL_PASSWORD.source, 'gi');
  for (const m of text.matchAll(url)) {
    const pw = m[1] ?? '';
    if (!pw.startsWith('$')) add({ value: pw, reason: 'as a URL with a password' });
  }
  return found;
}

/** The text with every secret `secretsInText` found replaced by its mask. */
export function maskSecrets(text: string, secrets: readonly SecretInText[]): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.value.length - a.value.length))
    out = out.split(s.value).join(mask(s.value));
  return out;
}

export interface AccountLine {
  /** 1-based line in the file. */
  line: number;
  fields: string[];
}

/** Lines of a colon-separated account file (/etc/passwd, /etc/shadow, /etc/group). */
export function accountLines(file: ImageFile | undefined): AccountLine[] | undefined {
  if (!file?.content) return undefined;
  const out: AccountLine[] = [];
  file.content
    .toString('utf8')
    .split(/\r?\n/)
    .forEach((text, i) => {
      if (text.trim() === '' || text.startsWith('#')) return;
      out.push({ line: i + 1, fields: text.split(':') });
    });
  return out;
}

/** Octal mode as `ls -l` users read it: `4755`. */
export function octal(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

/** Regular files of the final file system, with the content the reader kept. */
export function* regularFiles(doc: ImageDoc): Generator<ImageFile> {
  for (const f of doc.files.values()) if (f.type === 'file') yield f;
}

/** Most findings one layer rule reports per image; the rest are counted in one more finding. */
export const MAX_FILE_FINDINGS = 25;
