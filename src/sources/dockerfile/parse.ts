import type { Range } from '../../core/location.js';

/**
 * A Dockerfile as the rules see it: instructions grouped into build stages, every node with offsets into the
 * original text. The parser is a single pass that reads the file as BuildKit's (moby/buildkit
 * frontend/dockerfile/parser) does: parser directives only at the top, physical lines joined by the escape
 * character (not when the escape character is itself escaped), comment and blank lines dropped inside a
 * continuation, heredoc bodies after the instruction's line. On top of that come stages, ARG expansion of FROM,
 * and the arguments split on blanks as the rules read them.
 *
 * Hand-written rather than dockerfile-ast because that library joins the line after an escaped escape character
 * (`COPY ... C:\\Windows\\` in docker-library's nanoserver images swallowed the next instruction), reads escapes
 * inside comment lines of a continuation, and took most of the audit's time.
 */
export interface DockerfileDoc {
  kind: 'dockerfile';
  uri: string;
  text: string;
  /** The escape character (`\` or, with `# escape=`\``, a backtick). */
  escape: string;
  /** Parser directives (`# syntax=`, `# escape=`, `# check=`) at the top of the file. */
  directives: DockerfileDirective[];
  instructions: DockerfileInstruction[];
  stages: DockerfileStage[];
  /** ARGs before the first FROM, with their defaults. */
  globalArgs: Map<string, string | undefined>;
  comments: { text: string; range: Range; line: number }[];
}

export interface DockerfileDirective {
  /** Lower-case name: `syntax`, `escape` or `check`. */
  name: string;
  value: string;
  range: Range;
}

export interface DockerfileArgument {
  value: string;
  range: Range;
}

export interface DockerfileInstruction {
  /** Upper-case keyword: FROM, RUN, COPY... */
  keyword: string;
  /** Arguments without flags, continuation characters and interleaved comments, joined by single spaces. */
  args: string;
  arguments: DockerfileArgument[];
  flags: { name: string; value: string | null; range: Range }[];
  /** Exec-form (JSON array) arguments, when the instruction uses that form. */
  json?: string[];
  heredocs: { name: string; content: string; range: Range }[];
  range: Range;
  keywordRange: Range;
  /** 0-based line of the keyword: suppression comments refer to it. */
  line: number;
  /** Index of the build stage; -1 before the first FROM. */
  stage: number;
}

export interface DockerfileFrom {
  instruction: DockerfileInstruction;
  /** The image reference as written, e.g. `${BASE}` or `node:20@sha256:...`. */
  raw: string;
  /** After expanding global ARG defaults. */
  image: string;
  registry?: string;
  /** Repository without registry, tag or digest. */
  name: string;
  tag?: string;
  digest?: string;
  alias?: string;
  platform?: string;
  imageRange: Range;
  /** FROM <earlier stage alias>. */
  stageRef: boolean;
  scratch: boolean;
  /** An ARG in the reference had no default: the image is not known statically. */
  unresolved: boolean;
}

export interface DockerfileStage {
  index: number;
  from: DockerfileFrom;
  instructions: DockerfileInstruction[];
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const HASH = 35;
const DOLLAR = 36;

/** Instructions whose leading `--name=value` words are flags (BuildKit rejects flags on the others). */
const FLAGGED = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK']);
/** Instructions that take an exec-form JSON array. */
const EXEC_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL', 'HEALTHCHECK', 'VOLUME', 'ADD', 'COPY']);
/** Instructions that can carry heredocs, directly or as the trigger of ONBUILD. */
const HEREDOC = new Set(['RUN', 'COPY', 'ADD']);
const DIRECTIVES = new Set(['syntax', 'escape', 'check']);

export function parseDockerfile(text: string, uri: string): DockerfileDoc {
  const n = text.length;
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const directives: DockerfileDirective[] = [];
  let escape = '\\';
  // Directives are the first lines of the file, each `# name=value` with a known name; the first line that is
  // anything else (a blank line, a comment, an instruction, an unknown name, a repeated one) ends them.
  for (;;) {
    const d = readDirective(text, pos);
    if (!d || !DIRECTIVES.has(d.name) || directives.some((x) => x.name === d.name)) break;
    directives.push({ name: d.name, value: d.value, range: d.range });
    if (d.name === 'escape' && (d.value === '\\' || d.value === '`')) escape = d.value;
    pos = d.next;
  }
  const esc = escape.charCodeAt(0);

  const instructions: DockerfileInstruction[] = [];
  const stages: DockerfileStage[] = [];
  const globalArgs = new Map<string, string | undefined>();
  const comments: DockerfileDoc['comments'] = [];
  const aliases = new Set<string>();
  // The 0-based line at `pos`: every line break the parser passes is counted (each directive is one line).
  const lines: Lines = { n: directives.length };
  let stage = -1;

  while (pos < n) {
    let i = pos;
    let c = text.charCodeAt(i);
    while (c === SPACE || c === TAB || c === CR) c = text.charCodeAt(++i);
    if (i >= n) break;
    if (c === LF) {
      pos = i + 1;
      lines.n++;
      continue;
    }
    if (c === HASH) {
      pos = comment(text, i, comments, lines);
      continue;
    }

    const kwStart = i;
    const kwLine = lines.n;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === SPACE || d === TAB || d === LF || d === CR) break;
      i++;
    }
    let kwEnd = i;
    // `RUN\` followed by the arguments on the next lines: the escape continues the line, it is not in the keyword.
    if (kwEnd - 1 > kwStart && text.charCodeAt(kwEnd - 1) === esc && text.charCodeAt(kwEnd - 2) !== esc) {
      if (restIsBlank(text, kwEnd)) kwEnd--;
    }
    const keyword = text.slice(kwStart, kwEnd).toUpperCase();
    const segs: number[] = [];
    const line = logicalLine(text, kwEnd, esc, segs, comments, lines);
    let end = line.end;
    pos = line.next;

    // RUN arguments are many and the rules read RUN through the shell reader: split them on first use only.
    const lazy = keyword === 'RUN';
    const words = splitArguments(text, segs, esc, lazy);
    const flags: DockerfileInstruction['flags'] = [];
    let first = 0;
    if (FLAGGED.has(keyword)) {
      while (first < words.length) {
        const w = words[first] as DockerfileArgument;
        if (w.value.charCodeAt(0) !== 45 || w.value.charCodeAt(1) !== 45) break;
        first++;
        if (w.value === '--') break;
        const eq = w.value.indexOf('=');
        flags.push({
          name: eq < 0 ? w.value.slice(2) : w.value.slice(2, eq),
          value: eq < 0 ? null : w.value.slice(eq + 1),
          range: w.range,
        });
      }
    }
    const head = words[first];

    const heredocs: DockerfileInstruction['heredocs'] = [];
    const trigger = keyword === 'ONBUILD' ? head?.value.toUpperCase() : keyword;
    if (trigger !== undefined && HEREDOC.has(trigger) && hasHeredocStart(text, segs)) {
      const names = heredocWords(joinSegments(text, segs));
      if (names.length > 0) {
        const body = readHeredocs(text, pos, names, heredocs, lines);
        if (body.end >= 0) end = body.end;
        pos = body.next;
      }
    }

    const node = new Instruction(
      keyword,
      flags,
      heredocs,
      [kwStart, end],
      [kwStart, kwEnd],
      kwLine,
      keyword === 'FROM' ? ++stage : stage,
      head ? head.range[0] : -1,
    );
    if (lazy) node.defer(text, segs, esc, first);
    else node.setArguments(first === 0 ? words : words.slice(first));
    if (head && text.charCodeAt(head.range[0]) === 91 /* [ */ && EXEC_FORM.has(keyword)) {
      const json = parseExecForm(text, segs, head.range[0]);
      if (json) node.json = json;
    }
    const args = lazy ? NO_ARGUMENTS : node.arguments;
    instructions.push(node);

    if (keyword === 'ARG' && stage === -1) {
      for (const a of args) {
        const eq = a.value.indexOf('=');
        globalArgs.set(eq < 0 ? a.value : a.value.slice(0, eq), eq < 0 ? undefined : unquote(a.value.slice(eq + 1)));
      }
    }
    if (keyword === 'FROM') {
      const from = toFrom(text, node, globalArgs, aliases);
      if (from.alias) aliases.add(from.alias.toLowerCase());
      stages.push({ index: stage, from, instructions: [] });
    } else if (stage >= 0) {
      stages[stage]?.instructions.push(node);
    }
  }

  return { kind: 'dockerfile', uri, text, escape, directives, instructions, stages, globalArgs, comments };
}

/** `# name = value` on the line at `from` (leading blanks allowed), as BuildKit's directive pattern reads it. */
function readDirective(
  text: string,
  from: number,
): { name: string; value: string; range: Range; next: number } | undefined {
  const n = text.length;
  let i = from;
  while (i < n && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  if (text.charCodeAt(i) !== HASH) return undefined;
  const hash = i;
  const nl = text.indexOf('\n', i);
  const eol = nl < 0 ? n : nl;
  const m = /^#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=[ \t]*(.*?)[ \t\r]*$/.exec(text.slice(hash, eol));
  if (!m || m[2] === '') return undefined;
  let end = eol;
  while (end > hash && isBlankOrCr(text.charCodeAt(end - 1))) end--;
  return {
    name: (m[1] as string).toLowerCase(),
    value: m[2] as string,
    range: [hash, end],
    next: nl < 0 ? n : nl + 1,
  };
}

function isBlankOrCr(c: number): boolean {
  return c === SPACE || c === TAB || c === CR;
}

/** Only blanks up to the end of the line. */
function restIsBlank(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return true;
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/** Records the comment at `hash` (its text trimmed) and returns the start of the next line. */
/** A line counter the reading functions move on. */
interface Lines {
  n: number;
}

function comment(text: string, hash: number, out: DockerfileDoc['comments'], lines: Lines): number {
  const nl = text.indexOf('\n', hash);
  let end = nl < 0 ? text.length : nl;
  if (end > hash && text.charCodeAt(end - 1) === CR) end--;
  out.push({ text: text.slice(hash + 1, end).trim(), range: [hash, end], line: lines.n });
  if (nl < 0) return text.length;
  lines.n++;
  return nl + 1;
}

/**
 * Reads one logical line from `from`: the physical lines joined where one ends with the escape character (blanks
 * may follow it; an escaped escape character does not continue the line), skipping the comment and blank lines
 * inside the continuation. Pushes the `[start, end)` pieces of text that make up the line into `segs`. `end` is
 * where the instruction ends in the text, `next` the start of the line after it.
 */
export function logicalLine(
  text: string,
  from: number,
  esc: number,
  segs: number[],
  comments?: DockerfileDoc['comments'],
  lines?: Lines,
  /** Stop before the line that starts at or after this offset (the caller needs no more). */
  limit = Number.POSITIVE_INFINITY,
): { end: number; next: number } {
  const n = text.length;
  let start = from;
  let lineStart = from;
  for (;;) {
    const nl = text.indexOf('\n', lineStart);
    const eol = nl < 0 ? n : nl;
    let contentEnd = eol;
    if (contentEnd > start && text.charCodeAt(contentEnd - 1) === CR) contentEnd--;
    let k = contentEnd - 1;
    while (k >= start && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k--;
    const continued = k >= start && text.charCodeAt(k) === esc && (k === lineStart || text.charCodeAt(k - 1) !== esc);
    if (!continued) {
      segs.push(start, contentEnd);
      if (nl < 0) return { end: contentEnd, next: n };
      if (lines) lines.n++;
      return { end: contentEnd, next: nl + 1 };
    }
    segs.push(start, k);
    if (nl < 0) return { end: n, next: n };
    if (lines) lines.n++;
    let p = nl + 1;
    for (;;) {
      let q = p;
      while (q < n && (text.charCodeAt(q) === SPACE || text.charCodeAt(q) === TAB)) q++;
      if (q >= n) return { end: n, next: n };
      const c = text.charCodeAt(q);
      if (c === LF || (c === CR && text.charCodeAt(q + 1) === LF)) {
        p = c === LF ? q + 1 : q + 2;
        if (lines) lines.n++;
      } else if (c === HASH) {
        if (comments && lines) p = comment(text, q, comments, lines);
        else {
          const e = text.indexOf('\n', q);
          p = e < 0 ? n : e + 1;
        }
        if (p >= n) return { end: n, next: n };
      } else break;
    }
    if (p >= limit) return { end: p, next: p };
    start = p;
    lineStart = p;
  }
}

/**
 * The words of a logical line, split on blanks (quotes are not special here: the rules read ENV, LABEL and shell
 * words with their own readers). The escape character escapes the next character (`\$` stays as written, for
 * variable expansion); an escaped blank separates words.
 */
function splitArguments(text: string, segs: readonly number[], esc: number, leadingOnly = false): DockerfileArgument[] {
  const out: DockerfileArgument[] = [];
  let start = -1;
  let end = -1;
  // The word's value is `acc` followed by the text from `run` to `end`: escapes and line joins move `run` on.
  let acc = '';
  let run = -1;
  for (let s = 0; s < segs.length; s += 2) {
    const a = segs[s] as number;
    const b = segs[s + 1] as number;
    if (start >= 0 && a !== end) {
      // A word goes on after a line continuation.
      acc += text.slice(run, end);
      run = a;
    }
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c === SPACE || c === TAB || c === CR || c === LF) {
        if (start >= 0) {
          const value = acc + text.slice(run, end);
          out.push({ value, range: [start, end] });
          start = -1;
          // Only the flags and the first argument after them.
          if (leadingOnly && (value.charCodeAt(0) !== 45 || value.charCodeAt(1) !== 45 || value === '--')) return out;
        }
        continue;
      }
      if (c === esc) {
        const d = i + 1 < b ? text.charCodeAt(i + 1) : -1;
        if (d === SPACE || d === TAB) {
          // An escaped blank separates words; the word ends before the escape character.
          if (start >= 0) {
            const value = acc + text.slice(run, i);
            out.push({ value, range: [start, i] });
            start = -1;
            if (leadingOnly && (value.charCodeAt(0) !== 45 || value.charCodeAt(1) !== 45 || value === '--')) return out;
          }
          i++;
          continue;
        }
        if (start < 0) {
          start = i;
          acc = '';
        } else acc += text.slice(run, i);
        if (d === -1) {
          acc += text[i];
          end = run = i + 1;
          continue;
        }
        acc += d === DOLLAR ? text.slice(i, i + 2) : text[i + 1];
        i++;
        end = run = i + 1;
        continue;
      }
      if (start < 0) {
        start = run = i;
        acc = '';
      }
      end = i + 1;
    }
  }
  if (start >= 0) out.push({ value: acc + text.slice(run, end), range: [start, end] });
  return out;
}

const NO_ARGUMENTS: DockerfileArgument[] = [];

interface Deferred {
  text: string;
  segs: number[];
  esc: number;
  /** Flag words before the arguments. */
  skip: number;
}

/**
 * An instruction as parsed. The arguments of RUN are split from the text on first use: there are many, and the
 * rules read RUN through the shell reader instead.
 */
class Instruction implements DockerfileInstruction {
  json?: string[] = undefined;
  #args: DockerfileArgument[] | undefined;
  #joined: string | undefined;
  #lazy: Deferred | undefined;
  #start: number;

  constructor(
    public keyword: string,
    public flags: DockerfileInstruction['flags'],
    public heredocs: DockerfileInstruction['heredocs'],
    public range: Range,
    public keywordRange: Range,
    public line: number,
    public stage: number,
    argumentsStart: number,
  ) {
    this.#start = argumentsStart;
  }

  /** Offset of the first argument after the flags, -1 when there is none. */
  static argumentsStart(ins: Instruction): number {
    return ins.#start;
  }

  get arguments(): DockerfileArgument[] {
    if (this.#args === undefined) {
      const lazy = this.#lazy as Deferred;
      const words = splitArguments(lazy.text, lazy.segs, lazy.esc);
      this.#args = lazy.skip === 0 ? words : words.slice(lazy.skip);
    }
    return this.#args;
  }

  get args(): string {
    this.#joined ??= joinValues(this.arguments);
    return this.#joined;
  }

  segments(): readonly number[] | undefined {
    return this.#lazy?.segs;
  }

  setArguments(args: DockerfileArgument[]): void {
    this.#args = args;
  }

  defer(text: string, segs: number[], esc: number, skip: number): void {
    this.#lazy = { text, segs, esc, skip };
  }
}

/** Offset of the first argument after the flags (without splitting lazily kept arguments), -1 when there is none. */
export function argumentsStart(ins: DockerfileInstruction): number {
  return ins instanceof Instruction ? Instruction.argumentsStart(ins) : (ins.arguments[0]?.range[0] ?? -1);
}

/** The pieces of text (`[start, end)` pairs) of a RUN instruction's line after its keyword, as the parser found them. */
export function lineSegments(ins: DockerfileInstruction): readonly number[] | undefined {
  return ins instanceof Instruction ? ins.segments() : undefined;
}

function joinValues(args: readonly DockerfileArgument[]): string {
  if (args.length === 1) return (args[0] as DockerfileArgument).value;
  let s = '';
  for (let k = 0; k < args.length; k++) s += k === 0 ? (args[k] as DockerfileArgument).value : ` ${args[k]?.value}`;
  return s;
}

function joinSegments(text: string, segs: readonly number[], from = 0, to = Number.POSITIVE_INFINITY): string {
  let s = '';
  for (let k = 0; k < segs.length; k += 2) {
    const a = Math.max(segs[k] as number, from);
    const b = Math.min(segs[k + 1] as number, to);
    if (b > a) s += text.slice(a, b);
  }
  return s;
}

/** `JSON.parse` of the arguments from `from`, when they are an array of strings (BuildKit's exec form). */
function parseExecForm(text: string, segs: readonly number[], from: number): string[] | undefined {
  const content = joinSegments(text, segs, from).trim();
  if (content.charCodeAt(content.length - 1) !== 93 /* ] */) return undefined;
  try {
    const value: unknown = JSON.parse(content);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

function hasHeredocStart(text: string, segs: readonly number[]): boolean {
  const last = segs[segs.length - 1] as number;
  let k = 0;
  for (let at = text.indexOf('<<', segs[0]); at >= 0 && at + 2 < last; at = text.indexOf('<<', at + 1)) {
    while (k < segs.length && (segs[k + 1] as number) <= at + 2) k += 2;
    if (k < segs.length && at >= (segs[k] as number)) return true;
  }
  return false;
}

/**
 * The heredocs an instruction line opens, as BuildKit finds them: words (quotes respected) of the form
 * `[fd]<<[-]NAME`, the name with its quotes removed.
 */
function heredocWords(line: string): { name: string; chomp: boolean }[] {
  const out: { name: string; chomp: boolean }[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    let c = line.charCodeAt(i);
    if (c === SPACE || c === TAB || c === CR || c === LF) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      c = line.charCodeAt(i);
      if (c === SPACE || c === TAB || c === CR || c === LF) break;
      if (c === 92 /* \ */) i += 2;
      else if (c === 39 /* ' */ || c === 34 /* " */) {
        const close = line.indexOf(line[i] as string, i + 1);
        i = close < 0 ? n : close + 1;
      } else i++;
    }
    const word = line.slice(start, Math.min(i, n));
    const m = /^\d*<<(-?)([^<]*)$/.exec(word);
    if (!m) continue;
    const name = (m[2] as string).replace(/'([^']*)'|"([^"]*)"/g, (_q, a?: string, b?: string) => a ?? b ?? '');
    if (name !== '') out.push({ name, chomp: m[1] === '-' });
  }
  return out;
}

/**
 * Reads the heredoc bodies that follow an instruction line at `from`: each runs up to a line that is exactly its
 * name (leading tabs removed for `<<-`). The content excludes the line break before the closing line.
 */
function readHeredocs(
  text: string,
  from: number,
  names: readonly { name: string; chomp: boolean }[],
  out: DockerfileInstruction['heredocs'],
  lines: Lines,
): { end: number; next: number } {
  const n = text.length;
  let p = from;
  let end = -1;
  for (const h of names) {
    const bodyStart = p;
    let closed = false;
    while (p < n) {
      const nl = text.indexOf('\n', p);
      const eol = nl < 0 ? n : nl;
      let contentEnd = eol;
      if (contentEnd > p && text.charCodeAt(contentEnd - 1) === CR) contentEnd--;
      let q = p;
      if (h.chomp) while (q < contentEnd && text.charCodeAt(q) === TAB) q++;
      if (contentEnd - q === h.name.length && text.startsWith(h.name, q)) {
        // The body ends before the line break of its last line (`\r\n` included).
        let bodyEnd = p > bodyStart ? p - 1 : p;
        if (bodyEnd > bodyStart && text.charCodeAt(bodyEnd - 1) === CR) bodyEnd--;
        const range: Range = [bodyStart === p ? p : bodyStart, bodyEnd];
        out.push({ name: h.name, content: text.slice(range[0], range[1]), range });
        end = contentEnd;
        p = nl < 0 ? n : nl + 1;
        if (nl >= 0) lines.n++;
        closed = true;
        break;
      }
      p = nl < 0 ? n : nl + 1;
      if (nl >= 0) lines.n++;
    }
    if (!closed) {
      // Unterminated (BuildKit refuses the file): the body runs to the end.
      const range: Range = [Math.min(bodyStart, n), n];
      out.push({ name: h.name, content: text.slice(range[0], range[1]), range });
      end = n;
    }
  }
  return { end, next: p };
}

const VAR = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Expands `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}` with the given values. */
export function expandArgs(
  s: string,
  values: ReadonlyMap<string, string | undefined>,
): { value: string; unresolved: boolean } {
  let unresolved = false;
  const value = s.replace(VAR, (_m, braced?: string, op?: string, word?: string, bare?: string) => {
    const name = (braced ?? bare) as string;
    const v = values.get(name);
    if (op === '-') return v ? v : (word ?? '');
    if (op === '+') return v ? (word ?? '') : '';
    if (v === undefined) {
      unresolved = true;
      return '';
    }
    return v;
  });
  return { value, unresolved };
}

export function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.at(-1) === s[0] ? s.slice(1, -1) : s;
}

/** Splits an image reference into registry, name, tag and digest, as Docker does. */
export function parseImageRef(ref: string): { registry?: string; name: string; tag?: string; digest?: string } {
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let registry: string | undefined;
  const slash = rest.indexOf('/');
  if (slash >= 0) {
    const first = rest.slice(0, slash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(slash + 1);
    }
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon >= 0) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  return { registry, name: rest, tag, digest };
}

function toFrom(
  text: string,
  node: DockerfileInstruction,
  globalArgs: ReadonlyMap<string, string | undefined>,
  aliases: ReadonlySet<string>,
): DockerfileFrom {
  const args = node.arguments;
  const imageArg = args[0];
  const raw = imageArg?.value ?? '';
  const { value: image, unresolved } =
    raw.indexOf('$') < 0 ? { value: raw, unresolved: false } : expandArgs(raw, globalArgs);
  const parts = parseImageRef(image);
  const as = args[2];
  const alias = as && args[1]?.value.toUpperCase() === 'AS' ? text.slice(as.range[0], as.range[1]) : undefined;
  const flag = node.flags.length === 1 && node.flags[0]?.name === 'platform' ? node.flags[0] : undefined;
  return {
    instruction: node,
    raw,
    image,
    ...parts,
    alias,
    platform: flag?.value ?? undefined,
    imageRange: imageArg ? imageArg.range : [0, 0],
    stageRef: aliases.has(image.toLowerCase()),
    scratch: image === 'scratch',
    unresolved,
  };
}
