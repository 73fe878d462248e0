/**
 * Compose variable interpolation (`${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?err}`, `${VAR?err}`,
 * `${VAR:+alt}`, `${VAR+alt}`, `$VAR`, `$$`) and the `.env` file it reads from. Variables come from the project's
 * `.env` only, never from the process environment, so that the same files always give the same audit.
 */

export type Environment = ReadonlyMap<string, string>;

export interface InterpolationProblem {
  kind: 'unresolved' | 'required' | 'invalid';
  /** The variable (absent for an invalid template). */
  name?: string;
  message: string;
}

export interface Interpolated {
  value: string;
  problems: InterpolationProblem[];
}

const NAME = /^[_a-zA-Z][_a-zA-Z0-9]*/;

/** Interpolates one YAML string value. Unresolved variables become the empty string and a problem. */
export function interpolate(text: string, env: Environment): Interpolated {
  const problems: InterpolationProblem[] = [];
  const value = expand(text, env, problems);
  return { value, problems };
}

function expand(text: string, env: Environment, problems: InterpolationProblem[]): string {
  if (!text.includes('$')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      const end = closingBrace(text, i + 2);
      if (end < 0) {
        problems.push({ kind: 'invalid', message: `invalid interpolation: unclosed "\${" in "${text}"` });
        out += text.slice(i);
        break;
      }
      out += braced(text.slice(i + 2, end), env, problems, text);
      i = end + 1;
      continue;
    }
    const name = NAME.exec(text.slice(i + 1))?.[0];
    if (name) {
      out += lookup(name, env, problems);
      i += 1 + name.length;
      continue;
    }
    // Compose rejects a lone `$` ("invalid template"); keep it literally and say so.
    problems.push({
      kind: 'invalid',
      message: `invalid interpolation: "$" must be followed by a name, "{" or "$" in "${text}"`,
    });
    out += '$';
    i++;
  }
  return out;
}

/** Index of the `}` closing a `${` whose content starts at `from`, counting nested `${...}`. */
function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '$') i++;
    else if (text[i] === '$' && text[i + 1] === '{') {
      depth++;
      i++;
    } else if (text[i] === '}') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

function braced(inner: string, env: Environment, problems: InterpolationProblem[], whole: string): string {
  const name = NAME.exec(inner)?.[0];
  if (!name) {
    problems.push({ kind: 'invalid', message: `invalid interpolation "\${${inner}}" in "${whole}"` });
    return '';
  }
  const rest = inner.slice(name.length);
  if (rest === '') return lookup(name, env, problems);
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest)?.[0];
  if (!op) {
    problems.push({ kind: 'invalid', message: `invalid interpolation "\${${inner}}" in "${whole}"` });
    return '';
  }
  const arg = rest.slice(op.length);
  const value = env.get(name);
  const emptyCounts = op.startsWith(':');
  const unset = value === undefined || (emptyCounts && value === '');
  switch (op) {
    case ':-':
    case '-':
      return unset ? expand(arg, env, problems) : (value as string);
    case ':+':
    case '+':
      return unset ? '' : expand(arg, env, problems);
    default: {
      if (!unset) return value as string;
      const reason = expand(arg, env, problems);
      problems.push({
        kind: 'required',
        name,
        message: `required variable ${name} is ${value === undefined ? 'not set' : 'empty'} in .env${reason ? `: ${reason}` : ''}`,
      });
      return '';
    }
  }
}

function lookup(name: string, env: Environment, problems: InterpolationProblem[]): string {
  const value = env.get(name);
  if (value !== undefined) return value;
  problems.push({
    kind: 'unresolved',
    name,
    message: `variable ${name} is not set in the project's .env; it defaults to an empty string`,
  });
  return '';
}

/**
 * Parses a `.env` file as Compose reads it: `KEY=value` (or `KEY: value`), an optional `export`, `#` comments,
 * single quotes taken literally, double quotes with escapes, and `${VAR}` in unquoted and double-quoted values
 * resolved from the variables defined above.
 */
export function parseDotEnv(text: string): Map<string, string> {
  return new Map(dotEnvEntries(text).map((e) => [e.name, e.value]));
}

export interface DotEnvEntry {
  name: string;
  value: string;
  /** Offsets of the whole `KEY=value` (up to the closing quote of a quoted value). */
  range: [number, number];
}

/** The variables of a `.env` (or `env_file`) file in order, each with where it is written. */
export function dotEnvEntries(text: string): DotEnvEntry[] {
  const env = new Map<string, string>();
  const out: DotEnvEntry[] = [];
  const src = text;
  const add = (name: string, value: string, range: [number, number]) => {
    env.set(name, value);
    out.push({ name, value, range });
  };
  let i = 0;
  while (i < src.length) {
    const nl = src.indexOf('\n', i);
    const lineEnd = nl < 0 ? src.length : nl;
    const line = src.slice(i, lineEnd).replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      i = lineEnd + 1;
      continue;
    }
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s?/.exec(line);
    if (!m) {
      i = lineEnd + 1;
      continue;
    }
    const key = m[1] as string;
    const start = i + (m[0].length - m[0].trimStart().length);
    let j = i + m[0].length;
    while (src[j] === ' ' || src[j] === '\t') j++;
    const quote = src[j];
    if (quote === "'" || quote === '"') {
      const close = findClosingQuote(src, j + 1, quote);
      if (close >= 0) {
        const raw = src.slice(j + 1, close);
        add(key, quote === "'" ? raw : expand(unescape(raw), env, []), [start, close + 1]);
        const after = src.indexOf('\n', close);
        i = after < 0 ? src.length : after + 1;
        continue;
      }
    }
    let raw = line.slice(j - i);
    const comment = raw.search(/\s#/);
    if (comment >= 0) raw = raw.slice(0, comment);
    const value = raw.trim();
    add(key, expand(value, env, []), [start, j + (value ? raw.indexOf(value) + value.length : 0)]);
    i = lineEnd + 1;
  }
  return out;
}

function findClosingQuote(src: string, from: number, quote: string): number {
  for (let i = from; i < src.length; i++) {
    if (quote === '"' && src[i] === '\\') i++;
    else if (src[i] === quote) return i;
  }
  return -1;
}

function unescape(raw: string): string {
  return raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c === 'r' ? '\r' : c));
}
