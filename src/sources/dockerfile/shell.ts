import type { Range } from '../../core/location.js';
import type { DockerfileDoc, DockerfileInstruction } from './parse.js';

/**
 * Shell-command helpers for Dockerfile rules: the text of an instruction with line continuations and interleaved
 * comment lines removed (keeping the source offset of every character), and a small POSIX-shell reader that splits a
 * RUN into commands on `&&`, `||`, `;`, `|`, `&` and newlines, with quoting, escapes, redirections, heredocs and
 * command substitution. Nothing is expanded or executed; rules look at words, never at strings.
 *
 * Nested scripts are read too, so rules see the commands a RUN really runs: heredoc bodies fed to a shell, the
 * script of `sh -c '...'` / `su -c`, exec-form `["sh", "-c", "..."]` and `$(...)`, backquotes and `<(...)`.
 */

/** Text with the source offset of each character: `offsets.length === text.length + 1` (the last is the end). */
export interface TextMap {
  text: string;
  offsets: readonly number[];
}

export interface ShellWord {
  /** After quote removal and escape processing; `$VAR` and `$(...)` are kept verbatim, never expanded. */
  value: string;
  /** Source offsets of the word as written, quotes included. */
  range: Range;
  /** Source offset of every character of `value`, plus its end. */
  offsets: readonly number[];
  /** Index in `value` of the first character that came from inside quotes, or -1. */
  firstQuoted: number;
  /** Commands of the `$(...)`, backquote and `<(...)` substitutions inside the word. */
  substitutions: ShellCommand[][];
}

export interface ShellRedirect {
  /** `>`, `>>`, `<`, `2>&1`'s `>&`, `<<`, `<<-`, `<<<`... (without the file descriptor number). */
  op: string;
  target?: ShellWord;
  /** For `<<WORD`: the heredoc body, when the instruction has one. */
  heredoc?: { content: string; range: Range };
}

export interface ShellCommand {
  /** Leading `NAME=value` words. */
  assignments: ShellWord[];
  /** The command name and its arguments (reserved words such as `then` and `do` removed). */
  words: ShellWord[];
  redirects: ShellRedirect[];
  range: Range;
  /** The operator after the command: `&&`, `||`, `;`, `|`, `|&`, `&`, `\n`, or `''` at the end. */
  next: string;
  /** Commands joined by `|` share a pipeline number (unique within one `runCommands` result). */
  pipeline: number;
  /** 0 for the instruction's own commands; one more for each nested script or substitution. */
  depth: number;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox-sh']);
const RESERVED_PREFIX = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', '{', 'time']);
const MAX_DEPTH = 8;

export function isShell(name: string | undefined): boolean {
  return name !== undefined && SHELLS.has(name);
}

/** The base name of a command word: `/usr/bin/curl` is `curl`, and so is `C:\\tools\\curl.exe`. */
export function baseName(value: string): string {
  const slash = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
  const base = slash >= 0 ? value.slice(slash + 1) : value;
  // Cheap test first: this runs for every word in command position.
  return base.length > 4 && (base.charCodeAt(base.length - 1) | 32) === 101 && base.slice(-4).toLowerCase() === '.exe'
    ? base.slice(0, -4)
    : base;
}

/** The command's name (base name of its first word), or undefined for a bare assignment or redirection. */
export function commandName(cmd: ShellCommand): string | undefined {
  const first = cmd.words[0];
  return first ? baseName(first.value) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Instruction text

/**
 * The arguments of an instruction as Docker reads them: after the flags, with escaped line breaks and the comment
 * and blank lines inside a continuation removed, up to the end of the instruction's first logical line (heredoc
 * bodies are not included; see `DockerfileInstruction.heredocs`).
 */
export function instructionText(doc: DockerfileDoc, ins: DockerfileInstruction): TextMap {
  const src = doc.text;
  let start = ins.keywordRange[1];
  for (const f of ins.flags) start = Math.max(start, f.range[1]);
  const end = ins.range[1];
  const esc = doc.escape;
  let text = '';
  const offsets: number[] = [];
  let i = start;
  while (i < end) {
    const c = src[i] as string;
    if (c === esc) {
      let j = i + 1;
      while (j < end && (src[j] === ' ' || src[j] === '\t')) j++;
      if (j >= end) {
        i = j;
        break;
      }
      if (src[j] === '\n' || (src[j] === '\r' && src[j + 1] === '\n')) {
        i = src[j] === '\r' ? j + 2 : j + 1;
        i = skipContinuationNoise(src, i, end);
        continue;
      }
    }
    if (c === '\n') break;
    if (c === '\r' && src[i + 1] === '\n') break;
    text += c;
    offsets.push(i);
    i++;
  }
  offsets.push(i);
  // Leading and trailing blanks carry no meaning and would only shift ranges.
  let a = 0;
  while (a < text.length && (text[a] === ' ' || text[a] === '\t')) a++;
  let b = text.length;
  while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\t')) b--;
  return { text: text.slice(a, b), offsets: [...offsets.slice(a, b), offsets[b] ?? i] };
}

/** Inside a continuation Docker drops whole comment lines and blank lines. */
function skipContinuationNoise(src: string, from: number, end: number): number {
  let i = from;
  for (;;) {
    let k = i;
    while (k < end && (src[k] === ' ' || src[k] === '\t')) k++;
    if (k < end && src[k] === '#') {
      while (k < end && src[k] !== '\n') k++;
      i = k + 1;
      continue;
    }
    if (k < end && (src[k] === '\n' || (src[k] === '\r' && src[k + 1] === '\n'))) {
      i = src[k] === '\r' ? k + 2 : k + 1;
      continue;
    }
    return i;
  }
}

/** A slice of a text map (end exclusive), keeping offsets. */
function sliceMap(m: TextMap, start: number, end: number): TextMap {
  return { text: m.text.slice(start, end), offsets: [...m.offsets.slice(start, end), m.offsets[end] ?? 0] };
}

/** A word's value as a text map, for reading a nested script such as the argument of `sh -c`. */
export function wordMap(word: ShellWord): TextMap {
  return { text: word.value, offsets: word.offsets };
}

// ---------------------------------------------------------------------------------------------------------------
// Key/value instructions

export interface KeyValue {
  key: string;
  /** Undefined for `ARG NAME` without a default. */
  value: string | undefined;
  keyRange: Range;
  /** The whole `key=value` (or `key value`) as written. */
  range: Range;
  valueRange?: Range;
}

const keyValueCache = new WeakMap<DockerfileInstruction, KeyValue[]>();

/**
 * The pairs of an ENV, ARG or LABEL instruction with quotes removed: `ENV A=1 B="two words"`, the legacy
 * `ENV KEY value with spaces`, `ARG NAME` and `ARG NAME=default`.
 */
export function keyValues(doc: DockerfileDoc, ins: DockerfileInstruction): readonly KeyValue[] {
  let kvs = keyValueCache.get(ins);
  if (!kvs) {
    kvs = readKeyValues(doc, ins);
    keyValueCache.set(ins, kvs);
  }
  return kvs;
}

function readKeyValues(doc: DockerfileDoc, ins: DockerfileInstruction): KeyValue[] {
  const map = instructionText(doc, ins);
  const words = readWords(map, doc.escape === '\\' ? '\\' : undefined);
  const out: KeyValue[] = [];
  const first = words[0];
  if (!first) return out;
  // Docker reads `ENV KEY value` (legacy) when the first word has no `=`.
  if (ins.keyword === 'ENV' && !first.value.includes('=')) {
    // `ENV KEY value`: the rest of the line, quotes removed, is the value.
    const restStart = map.offsets.indexOf(first.range[1]);
    let s = restStart < 0 ? map.text.length : restStart;
    while (s < map.text.length && (map.text[s] === ' ' || map.text[s] === '\t')) s++;
    const rest = sliceMap(map, s, map.text.length);
    const valueWords = readWords(rest, doc.escape === '\\' ? '\\' : undefined, true);
    const value = valueWords.map((w) => w.value).join('');
    const last = valueWords.at(-1);
    out.push({
      key: first.value,
      value,
      keyRange: first.range,
      range: [first.range[0], last ? last.range[1] : first.range[1]],
      valueRange: valueWords[0] && last ? [valueWords[0].range[0], last.range[1]] : undefined,
    });
    return out;
  }
  for (const w of words) {
    const eq = w.value.indexOf('=');
    if (eq < 0) {
      out.push({ key: w.value, value: undefined, keyRange: w.range, range: w.range });
      continue;
    }
    out.push({
      key: w.value.slice(0, eq),
      value: w.value.slice(eq + 1),
      keyRange: [w.range[0], w.offsets[eq] ?? w.range[1]],
      range: w.range,
      valueRange: [(w.offsets[eq] ?? w.range[0]) + 1, w.range[1]],
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Shell reader

interface Token {
  kind: 'word' | 'op' | 'redirect';
  word?: ShellWord;
  op?: string;
  start: number;
  /** For `<<WORD` inside a script: the body lines that follow the command line. */
  heredoc?: { content: string; range: Range };
}

/** Characters that end a word or change how the next ones are read. */
const SPECIAL = new Set([...' \t\n\r;&|()<>\\\'"$`'].map((c) => c.charCodeAt(0)));
const OPERATORS = ['&&', '||', ';;', '|&', ';', '|', '&', '(', ')', '\n'];
const OPERATOR_START = '&|;()\n';
const REDIRECT = /^(?:\d*(?:<<<|<<-|<<|>>|>&|<&|>\||<>|>|<)|&>>|&>)/;

/**
 * Reads words only (no operators), as Docker does for ENV/ARG/LABEL. With `keepBlanks` the blanks between words are
 * kept as their own words (used for the legacy `ENV KEY value` form, whose value keeps its spaces).
 */
function readWords(m: TextMap, escape: string | undefined, keepBlanks = false): ShellWord[] {
  const out: ShellWord[] = [];
  let i = 0;
  const n = m.text.length;
  while (i < n) {
    const c = m.text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      const s = i;
      while (i < n && /[ \t\r\n]/.test(m.text[i] as string)) i++;
      if (keepBlanks && out.length > 0 && i < n) {
        const blank = m.text.slice(s, i);
        out.push({
          value: blank,
          range: [m.offsets[s] ?? 0, m.offsets[i] ?? 0],
          offsets: m.offsets.slice(s, i + 1),
          firstQuoted: -1,
          substitutions: [],
        });
      }
      continue;
    }
    const r = readWord(m, i, escape, 0, true);
    out.push(r.word);
    i = r.end;
  }
  return out;
}

/** Splits shell text into commands. Nested commands are in the words' `substitutions`; see `runCommands`. */
export function parseShell(m: TextMap, escape: string | undefined, depth = 0): ShellCommand[] {
  const tokens = tokenize(m, escape, depth);
  const commands: ShellCommand[] = [];
  let cur: { words: ShellWord[]; redirects: ShellRedirect[]; start: number; end: number } | undefined;
  let pipeline = 0;
  const flush = (next: string) => {
    if (cur && (cur.words.length > 0 || cur.redirects.length > 0)) {
      const words = cur.words;
      while (words.length > 0 && RESERVED_PREFIX.has(words[0]?.value ?? '') && words[0]?.firstQuoted === -1) {
        words.shift();
      }
      const assignments: ShellWord[] = [];
      while (words.length > 0 && isAssignment(words[0] as ShellWord)) assignments.push(words.shift() as ShellWord);
      commands.push({
        assignments,
        words,
        redirects: cur.redirects,
        range: [cur.start, cur.end],
        next,
        pipeline,
        depth,
      });
      if (next !== '|' && next !== '|&') pipeline++;
    } else if (next !== '|' && next !== '|&') {
      pipeline++;
    }
    cur = undefined;
  };
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t] as Token;
    if (tok.kind === 'op') {
      flush(tok.op as string);
      continue;
    }
    cur ??= { words: [], redirects: [], start: tok.start, end: tok.start };
    if (tok.kind === 'word' && tok.word) {
      cur.words.push(tok.word);
      cur.end = tok.word.range[1];
    } else if (tok.kind === 'redirect') {
      const redirect: ShellRedirect = { op: tok.op as string };
      if (tok.heredoc) redirect.heredoc = tok.heredoc;
      const next = tokens[t + 1];
      if (next?.kind === 'word' && next.word) {
        redirect.target = next.word;
        cur.end = next.word.range[1];
        t++;
      }
      cur.redirects.push(redirect);
    }
  }
  flush('');
  return commands;
}

function isAssignment(w: ShellWord): boolean {
  const m = /^[A-Za-z_][A-Za-z0-9_]*(?:\[[^\]]*\])?\+?=/.exec(w.value);
  return m !== null && (w.firstQuoted === -1 || w.firstQuoted >= m[0].length - 1);
}

function tokenize(m: TextMap, escape: string | undefined, depth: number): Token[] {
  const out: Token[] = [];
  const s = m.text;
  const n = s.length;
  /** `<<WORD` redirections of the current line: their bodies follow the next newline. */
  const pending: { token: Token; strip: boolean }[] = [];
  let i = 0;
  while (i < n) {
    const c = s[i] as string;
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (escape && c === escape && s[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '\n' && pending.length > 0) {
      out.push({ kind: 'op', op: '\n', start: m.offsets[i] ?? 0 });
      i = readHeredocBodies(m, i + 1, pending.splice(0), out);
      continue;
    }
    if (c === '#') {
      while (i < n && s[i] !== '\n') i++;
      continue;
    }
    if ((c === '<' || c === '>') && s[i + 1] === '(') {
      const r = readWord(m, i, escape, depth, false);
      out.push({ kind: 'word', word: r.word, start: m.offsets[i] ?? 0 });
      i = r.end;
      continue;
    }
    const redirect = startsRedirect(s, i) ? REDIRECT.exec(s.slice(i, i + 12)) : null;
    if (redirect) {
      const op = redirect[0].replace(/^\d+/, '');
      const token: Token = { kind: 'redirect', op, start: m.offsets[i] ?? 0 };
      out.push(token);
      if (op === '<<' || op === '<<-') pending.push({ token, strip: op === '<<-' });
      i += redirect[0].length;
      // `2>&1`, `>&-`: the target is glued to the operator.
      continue;
    }
    const op = OPERATOR_START.includes(c) ? OPERATORS.find((o) => s.startsWith(o, i)) : undefined;
    if (op) {
      out.push({ kind: 'op', op, start: m.offsets[i] ?? 0 });
      i += op.length;
      continue;
    }
    const r = readWord(m, i, escape, depth, false);
    out.push({ kind: 'word', word: r.word, start: m.offsets[i] ?? 0 });
    i = r.end;
  }
  return out;
}

/** `<`, `>`, `&>`, or file-descriptor digits followed by one of them (`2>&1`); not a word such as `1.2.3`. */
function startsRedirect(s: string, i: number): boolean {
  let k = i;
  while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
  const c = s[k];
  return c === '<' || c === '>' || (k === i && c === '&' && s[k + 1] === '>');
}

/** Consumes the bodies of the line's `<<WORD` redirections (the delimiter is the word after each operator). */
function readHeredocBodies(m: TextMap, from: number, pending: { token: Token; strip: boolean }[], tokens: Token[]) {
  const s = m.text;
  let i = from;
  for (const { token, strip } of pending) {
    const at = tokens.indexOf(token);
    const delim = tokens[at + 1]?.word?.value;
    if (delim === undefined) continue;
    const start = i;
    let end = s.length;
    while (i < s.length) {
      let j = s.indexOf('\n', i);
      if (j < 0) j = s.length;
      const line = s.slice(i, j).replace(/\r$/, '');
      if ((strip ? line.replace(/^\t+/, '') : line) === delim) {
        end = i;
        i = j + 1;
        break;
      }
      i = j + 1;
    }
    const content = s.slice(start, Math.max(start, end - 1));
    token.heredoc = { content, range: [m.offsets[start] ?? 0, (m.offsets[start] ?? 0) + content.length] };
  }
  return Math.min(i, s.length);
}

/**
 * Reads one word from `start`. In `plain` mode (ENV/ARG values) only quotes and escapes are special; otherwise the
 * word ends at an unquoted blank or operator character.
 */
function readWord(
  m: TextMap,
  start: number,
  escape: string | undefined,
  depth: number,
  plain: boolean,
): { word: ShellWord; end: number } {
  const s = m.text;
  const n = s.length;
  let value = '';
  const offsets: number[] = [];
  let firstQuoted = -1;
  const substitutions: ShellCommand[][] = [];
  const push = (ch: string, at: number, quoted: boolean) => {
    if (quoted && firstQuoted < 0) firstQuoted = value.length;
    value += ch;
    offsets.push(m.offsets[at] ?? 0);
  };
  const pushRaw = (from: number, to: number, quoted: boolean) => {
    for (let k = from; k < to; k++) push(s[k] as string, k, quoted);
  };
  const substitute = (from: number, to: number) => {
    if (depth >= MAX_DEPTH) return;
    substitutions.push(parseShell(sliceMap(m, from, to), escape, depth + 1));
  };
  let i = start;
  while (i < n) {
    // Fast path: a run of ordinary characters is copied at once.
    let j = i;
    while (j < n && !SPECIAL.has(s.charCodeAt(j))) j++;
    if (j > i) {
      value += s.slice(i, j);
      for (let k = i; k < j; k++) offsets.push(m.offsets[k] ?? 0);
      i = j;
      continue;
    }
    const c = s[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') break;
    if (!plain && (c === ';' || c === '&' || c === '|' || c === '(' || c === ')')) break;
    if (!plain && (c === '<' || c === '>')) {
      if (s[i + 1] === '(' && i === start) {
        const close = matchParen(s, i + 1, escape);
        substitute(i + 2, close);
        pushRaw(i, Math.min(close + 1, n), false);
        i = close + 1;
        continue;
      }
      break;
    }
    if (escape && c === escape) {
      if (s[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (i + 1 < n) push(s[i + 1] as string, i + 1, true);
      i += 2;
      continue;
    }
    if (c === "'") {
      const close = s.indexOf("'", i + 1);
      const to = close < 0 ? n : close;
      if (firstQuoted < 0) firstQuoted = value.length;
      pushRaw(i + 1, to, true);
      i = to + 1;
      continue;
    }
    if (c === '"') {
      if (firstQuoted < 0) firstQuoted = value.length;
      i++;
      while (i < n && s[i] !== '"') {
        const d = s[i] as string;
        if (escape && d === escape && i + 1 < n) {
          const e = s[i + 1] as string;
          if (e === '\n') {
            i += 2;
            continue;
          }
          if ('$`"\\'.includes(e) || e === escape) {
            push(e, i + 1, true);
            i += 2;
            continue;
          }
        }
        if (!plain && d === '$' && s[i + 1] === '(') {
          const close = matchParen(s, i + 1, escape);
          if (s[i + 2] !== '(') substitute(i + 2, close);
          pushRaw(i, Math.min(close + 1, n), true);
          i = close + 1;
          continue;
        }
        if (!plain && escape && d === '`') {
          const close = matchBackquote(s, i, escape);
          substitute(i + 1, close);
          pushRaw(i, Math.min(close + 1, n), true);
          i = close + 1;
          continue;
        }
        push(d, i, true);
        i++;
      }
      i++;
      continue;
    }
    if (!plain && c === '$' && s[i + 1] === '(') {
      const close = matchParen(s, i + 1, escape);
      if (s[i + 2] !== '(') substitute(i + 2, close);
      pushRaw(i, Math.min(close + 1, n), false);
      i = close + 1;
      continue;
    }
    if (!plain && c === '$' && s[i + 1] === '{') {
      const close = matchBrace(s, i + 1);
      pushRaw(i, Math.min(close + 1, n), false);
      i = close + 1;
      continue;
    }
    // Backquotes substitute in POSIX shells; in PowerShell the backtick is the escape character.
    if (!plain && escape && c === '`') {
      const close = matchBackquote(s, i, escape);
      substitute(i + 1, close);
      pushRaw(i, Math.min(close + 1, n), false);
      i = close + 1;
      continue;
    }
    push(c, i, false);
    i++;
  }
  const end = Math.min(i, n);
  const range: Range = [m.offsets[start] ?? 0, m.offsets[end] ?? m.offsets[n] ?? 0];
  // The value ends after its last character (before a closing quote), so a nested script read from it keeps
  // exact ranges.
  const lastChar = offsets.at(-1);
  offsets.push(lastChar === undefined ? range[1] : lastChar + 1);
  return { word: { value, range, offsets, firstQuoted, substitutions }, end };
}

/** Index of the `)` matching the `(` at `open`, skipping quotes and nested parentheses (or the text's end). */
function matchParen(s: string, open: number, escape: string | undefined): number {
  let level = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (escape && c === escape) {
      i++;
    } else if (c === "'") {
      const close = s.indexOf("'", i + 1);
      i = close < 0 ? s.length : close;
    } else if (c === '"') {
      i++;
      while (i < s.length && s[i] !== '"') {
        if (escape && s[i] === escape) i++;
        i++;
      }
    } else if (c === '(') {
      level++;
    } else if (c === ')') {
      level--;
      if (level === 0) return i;
    }
  }
  return s.length;
}

function matchBrace(s: string, open: number): number {
  let level = 0;
  for (let i = open; i < s.length; i++) {
    if (s[i] === '{') level++;
    else if (s[i] === '}') {
      level--;
      if (level === 0) return i;
    }
  }
  return s.length;
}

function matchBackquote(s: string, open: number, escape: string | undefined): number {
  for (let i = open + 1; i < s.length; i++) {
    if (escape && s[i] === escape) i++;
    else if (s[i] === '`') return i;
  }
  return s.length;
}

// ---------------------------------------------------------------------------------------------------------------
// RUN instructions

const cache = new WeakMap<DockerfileInstruction, ShellCommand[]>();

/**
 * Every command a RUN instruction runs, nested ones included, in source order of their parent: shell form,
 * exec form, heredoc scripts, `sh -c` / `su -c` / `eval` scripts and command substitutions. Read once per
 * instruction and cached, so many rules can ask.
 */
export function runCommands(doc: DockerfileDoc, ins: DockerfileInstruction): readonly ShellCommand[] {
  const hit = cache.get(ins);
  if (hit) return hit;
  const escape = doc.escape === '\\' && posixShell(doc, ins) ? '\\' : undefined;
  const state = { pipeline: 0 };
  const out: ShellCommand[] = [];
  let top: ShellCommand[];
  if (ins.json) {
    top = execFormCommand(doc, ins);
  } else {
    top = parseShell(instructionText(doc, ins), escape);
    attachHeredocs(top, ins);
  }
  collect(top, out, state, escape);
  cache.set(ins, out);
  return out;
}

/** False when the stage's SHELL is PowerShell or cmd: backslashes are then path separators, not escapes. */
const hasShellInstruction = new WeakMap<DockerfileDoc, boolean>();

function posixShell(doc: DockerfileDoc, ins: DockerfileInstruction): boolean {
  let any = hasShellInstruction.get(doc);
  if (any === undefined) {
    any = doc.instructions.some((i) => i.keyword === 'SHELL');
    hasShellInstruction.set(doc, any);
  }
  if (!any) return true;
  const shell = doc.stages[ins.stage]?.instructions
    .filter((i) => i.keyword === 'SHELL' && i.range[0] < ins.range[0])
    .at(-1);
  const program = shell?.json?.[0];
  return !program || !/(^|[\\/])(powershell|pwsh|cmd)(\.exe)?$/i.test(program);
}

function attachHeredocs(commands: ShellCommand[], ins: DockerfileInstruction): void {
  let h = 0;
  for (const cmd of commands) {
    for (const r of cmd.redirects) {
      if ((r.op === '<<' || r.op === '<<-') && !r.heredoc && h < ins.heredocs.length) {
        const doc = ins.heredocs[h++];
        if (doc) r.heredoc = { content: doc.content, range: doc.range };
      }
    }
  }
}

function collect(
  commands: ShellCommand[],
  out: ShellCommand[],
  state: { pipeline: number },
  escape: string | undefined,
): void {
  let last = -1;
  let mapped = 0;
  for (const cmd of commands) {
    if (cmd.pipeline !== last) {
      last = cmd.pipeline;
      mapped = state.pipeline++;
    }
    cmd.pipeline = mapped;
    out.push(cmd);
    if (cmd.depth >= MAX_DEPTH) continue;
    const script = nestedScript(cmd);
    for (const w of [...cmd.assignments, ...cmd.words]) {
      // A nested script is read again below, substitutions included.
      if (w !== script) for (const sub of w.substitutions) collect(sub, out, state, escape);
    }
    for (const r of cmd.redirects) {
      if (r.target) for (const sub of r.target.substitutions) collect(sub, out, state, escape);
    }
    if (script) collect(parseShell(wordMap(script), escape, cmd.depth + 1), out, state, escape);
    for (const r of cmd.redirects) {
      const heredoc = r.heredoc;
      if (heredoc && runsStdinAsScript(cmd) && isShellScript(heredoc.content)) {
        const body: TextMap = {
          text: heredoc.content,
          offsets: Array.from({ length: heredoc.content.length + 1 }, (_, k) => heredoc.range[0] + k),
        };
        collect(parseShell(body, escape, cmd.depth + 1), out, state, escape);
      }
    }
  }
}

/** `RUN <<EOF` (no command) and `RUN bash -e <<EOF` run the heredoc as a script; `cat <<EOF > f` writes data. */
function runsStdinAsScript(cmd: ShellCommand): boolean {
  if (cmd.words.length === 0) return true;
  const name = commandName(cmd);
  if (!isShell(name)) return false;
  const operands = cmd.words.slice(1).filter((w) => !w.value.startsWith('-'));
  return operands.length === 0;
}

function isShellScript(content: string): boolean {
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(content);
  if (!shebang) return true;
  const interp = baseName(shebang[1] as string);
  return isShell(interp === 'env' ? shebang[2] : interp);
}

/** The script argument of `sh -c '...'`, `bash -ec "..."`, `su -c '...'`, `eval '...'`. */
export function nestedScript(cmd: ShellCommand): ShellWord | undefined {
  const eff = effectiveCommand(cmd);
  if (!eff) return undefined;
  const args = eff.args;
  if (isShell(eff.name)) {
    for (let k = 0; k < args.length; k++) {
      const v = (args[k] as ShellWord).value;
      if (v === '--') return undefined;
      if (v === '-o' || v === '+o') {
        k++;
        continue;
      }
      if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(v)) return args[k + 1];
      if (!v.startsWith('-') && !v.startsWith('+')) return undefined;
    }
    return undefined;
  }
  if (eff.name === 'su' || eff.name === 'runuser') {
    for (let k = 0; k < args.length; k++) {
      const v = (args[k] as ShellWord).value;
      if (v === '-c' || v === '--command') return args[k + 1];
      if (v.startsWith('--command=')) return undefined;
    }
    return undefined;
  }
  if (eff.name === 'eval' && args.length === 1) return args[0];
  return undefined;
}

/** Exec form: the JSON strings are the words of one command. */
function execFormCommand(doc: DockerfileDoc, ins: DockerfileInstruction): ShellCommand[] {
  const json = ins.json ?? [];
  const src = doc.text;
  const start = ins.keywordRange[1];
  const region = src.slice(start, ins.range[1]);
  const literal = /"(?:[^"\\\n]|\\.)*"/g;
  const words: ShellWord[] = [];
  for (let m = literal.exec(region); m !== null; m = literal.exec(region)) {
    const at = start + m.index;
    const raw = m[0];
    let value = '';
    const offsets: number[] = [];
    for (let k = 1; k < raw.length - 1; k++) {
      if (raw[k] === '\\') {
        const len = raw[k + 1] === 'u' ? 6 : 2;
        let decoded: string;
        try {
          decoded = JSON.parse(`"${raw.slice(k, k + len)}"`) as string;
        } catch {
          decoded = raw.slice(k, k + len);
        }
        for (const ch of decoded) {
          value += ch;
          offsets.push(at + k);
        }
        k += len - 1;
      } else {
        value += raw[k];
        offsets.push(at + k);
      }
    }
    offsets.push(at + raw.length - 1);
    words.push({ value, range: [at, at + raw.length], offsets, firstQuoted: 0, substitutions: [] });
  }
  if (words.length !== json.length || words.some((w, k) => w.value !== json[k])) {
    // Unusual spelling the scanner did not follow: keep the values, point at the whole instruction.
    const whole: Range = ins.range;
    return [
      {
        assignments: [],
        words: json.map((value) => ({
          value,
          range: whole,
          offsets: Array.from({ length: value.length + 1 }, () => whole[0]),
          firstQuoted: 0,
          substitutions: [],
        })),
        redirects: [],
        range: whole,
        next: '',
        pipeline: 0,
        depth: 0,
      },
    ];
  }
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return [];
  return [
    { assignments: [], words, redirects: [], range: [first.range[0], last.range[1]], next: '', pipeline: 0, depth: 0 },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Commands and their options

export interface EffectiveCommand {
  /** Base name of the command that runs, after wrappers such as `sudo`, `env` and `exec`. */
  name: string;
  word: ShellWord;
  args: ShellWord[];
  /** `NAME=value` given before the command, directly or through `env`. */
  env: ShellWord[];
  /** The wrapper words skipped (`sudo`, `env`...). */
  wrappers: ShellWord[];
}

/** Wrappers and the short options of each that take a value. */
const WRAPPERS: Record<string, string> = {
  sudo: 'CDghprtTuU',
  doas: 'Cu',
  env: 'uCS',
  exec: 'a',
  nohup: '',
  time: '',
  command: '',
  builtin: '',
  nice: 'n',
  ionice: 'cnp',
  timeout: 'ks',
  stdbuf: 'ioe',
  chronic: '',
  'su-exec': '',
  gosu: '',
  xargs: 'IiEeLlnPsda',
  eatmydata: '',
};
/** Wrappers whose first operand is not the command (a user, a duration). */
const WRAPPER_OPERAND: Record<string, number> = { timeout: 1, 'su-exec': 1, gosu: 1 };

const effectiveCache = new WeakMap<ShellCommand, EffectiveCommand | null>();

/** The command that really runs, looking through `sudo`, `env`, `exec`, `nohup`, `timeout`, `gosu`... Cached. */
export function effectiveCommand(cmd: ShellCommand): EffectiveCommand | undefined {
  let eff = effectiveCache.get(cmd);
  if (eff === undefined) {
    eff = unwrap(cmd) ?? null;
    effectiveCache.set(cmd, eff);
  }
  return eff ?? undefined;
}

function unwrap(cmd: ShellCommand): EffectiveCommand | undefined {
  const words = cmd.words;
  const env = [...cmd.assignments];
  const wrappers: ShellWord[] = [];
  let k = 0;
  while (k < words.length) {
    const w = words[k] as ShellWord;
    const name = baseName(w.value);
    const withArg = WRAPPERS[name];
    if (withArg === undefined || k === words.length - 1) break;
    // `command -v curl` asks whether curl exists; it does not run it.
    if (name === 'command' && /^-[a-zA-Z]*[vV]/.test(words[k + 1]?.value ?? '')) break;
    wrappers.push(w);
    k++;
    while (k < words.length) {
      const v = (words[k] as ShellWord).value;
      if (v === '--') {
        k++;
        break;
      }
      if (name === 'env' && /^[A-Za-z_][A-Za-z0-9_]*=/.test(v)) {
        env.push(words[k] as ShellWord);
        k++;
        continue;
      }
      if (!v.startsWith('-') || v === '-') break;
      if (!v.startsWith('--') && withArg.includes(v.at(-1) as string)) k++;
      else if (
        v.startsWith('--') &&
        !v.includes('=') &&
        /^--(user|group|chdir|prompt|unset|signal|kill-after)$/.test(v)
      )
        k++;
      k++;
    }
    k += WRAPPER_OPERAND[name] ?? 0;
  }
  const word = words[k];
  if (!word) return undefined;
  return { name: baseName(word.value), word, args: words.slice(k + 1), env, wrappers };
}

export interface OptionSpec {
  /** Long names without dashes: `insecure` matches `--insecure` and `--insecure=...`. */
  long?: readonly string[];
  /** Short option letters to find, e.g. `k`; found alone (`-k`) or in a cluster (`-Lkv`). */
  short?: string;
  /** Short options of the command that take a value, so `-o k` and `-ok` are not read as `-k`. */
  shortWithValue?: string;
  /** Long options of the command that take a value as the next word. */
  longWithValue?: readonly string[];
}

export interface OptionMatch {
  word: ShellWord;
  /**
   * The option's value: the text after `=` of a long option, or for a short option that takes a value (listed in
   * `shortWithValue`) the rest of its cluster or the next word.
   */
  value?: ShellWord | string;
  name: string;
}

/** The text of an option's value. */
export function optionValue(m: OptionMatch): string | undefined {
  return typeof m.value === 'string' ? m.value : m.value?.value;
}

/** Finds the options of `spec` among a command's arguments (stops at `--`). */
export function findOptions(args: readonly ShellWord[], spec: OptionSpec): OptionMatch[] {
  const out: OptionMatch[] = [];
  for (let k = 0; k < args.length; k++) {
    const w = args[k] as ShellWord;
    const v = w.value;
    if (v === '--') break;
    if (v.startsWith('--')) {
      const eq = v.indexOf('=');
      const name = eq < 0 ? v.slice(2) : v.slice(2, eq);
      const takesValue = eq < 0 && (spec.longWithValue?.includes(name) ?? false);
      if (spec.long?.includes(name)) {
        out.push({ word: w, name, value: eq >= 0 ? v.slice(eq + 1) : takesValue ? args[k + 1] : undefined });
      }
      if (takesValue) k++;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      for (let c = 1; c < v.length; c++) {
        const letter = v[c] as string;
        const takesValue = spec.shortWithValue?.includes(letter) ?? false;
        const rest = v.slice(c + 1);
        if (spec.short?.includes(letter)) {
          const match: OptionMatch = { word: w, name: letter };
          if (takesValue) match.value = rest || args[k + 1];
          out.push(match);
        }
        if (takesValue) {
          if (rest === '') k++;
          break;
        }
      }
    }
  }
  return out;
}

/** Operands (arguments that are not options), given which options take a value. */
export function operands(args: readonly ShellWord[], spec: OptionSpec = {}): ShellWord[] {
  const out: ShellWord[] = [];
  let options = true;
  for (let k = 0; k < args.length; k++) {
    const w = args[k] as ShellWord;
    const v = w.value;
    if (options && v === '--') {
      options = false;
      continue;
    }
    if (options && v.startsWith('--') && v.length > 2) {
      if (!v.includes('=') && spec.longWithValue?.includes(v.slice(2))) k++;
      continue;
    }
    if (options && v.startsWith('-') && v.length > 1) {
      const last = v.at(-1) as string;
      if (spec.shortWithValue?.includes(last) && v.length === 2) k++;
      continue;
    }
    out.push(w);
  }
  return out;
}

export interface Assignment {
  name: string;
  value: string;
  word: ShellWord;
  nameRange: Range;
}

/** Splits a `NAME=value` word. */
export function splitAssignment(word: ShellWord): Assignment | undefined {
  const eq = word.value.indexOf('=');
  if (eq <= 0) return undefined;
  const name = word.value.slice(0, eq).replace(/\+$/, '');
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  return { name, value: word.value.slice(eq + 1), word, nameRange: [word.range[0], word.offsets[eq] ?? word.range[1]] };
}

/**
 * Environment variables a command sets: `NAME=v cmd`, a bare `NAME=v`, `env NAME=v cmd`, and the operands of
 * `export`, `declare -x` and `typeset -x`.
 */
export function assignmentsOf(cmd: ShellCommand): Assignment[] {
  const out: Assignment[] = [];
  const eff = effectiveCommand(cmd);
  for (const w of eff ? eff.env : cmd.assignments) {
    const a = splitAssignment(w);
    if (a) out.push(a);
  }
  if (eff && (eff.name === 'export' || ((eff.name === 'declare' || eff.name === 'typeset') && hasExport(eff.args)))) {
    for (const w of eff.args) {
      if (w.value.startsWith('-')) continue;
      const a = splitAssignment(w);
      if (a) out.push(a);
    }
  }
  return out;
}

function hasExport(args: readonly ShellWord[]): boolean {
  return args.some((w) => /^-[a-zA-Z]*x/.test(w.value));
}

/** The commands of one pipeline, in order. */
export function pipelines(commands: readonly ShellCommand[]): ShellCommand[][] {
  const by = new Map<number, ShellCommand[]>();
  for (const c of commands) {
    const list = by.get(c.pipeline);
    if (list) list.push(c);
    else by.set(c.pipeline, [c]);
  }
  return [...by.values()];
}

/** The source range covering a list of words. */
export function spanOf(words: readonly ShellWord[]): Range {
  const first = words[0];
  const last = words.at(-1);
  return first && last ? [first.range[0], last.range[1]] : [0, 0];
}

// ---------------------------------------------------------------------------------------------------------------
// Variables

/**
 * The build variables known statically before an instruction: global ARG defaults (the stage sees them when it
 * redeclares `ARG NAME`), the stage's ARG defaults and its ENV values, in order. A variable declared without a
 * value is absent.
 */
export function variablesAt(doc: DockerfileDoc, ins: DockerfileInstruction): Map<string, string> {
  const vars = new Map<string, string>();
  const stage = doc.stages[ins.stage];
  if (!stage) {
    for (const [k, v] of doc.globalArgs) if (v !== undefined) vars.set(k, v);
    return vars;
  }
  for (const i of stage.instructions) {
    if (i.range[0] >= ins.range[0]) break;
    if (i.keyword !== 'ARG' && i.keyword !== 'ENV') continue;
    for (const kv of keyValues(doc, i)) {
      const value = kv.value ?? (i.keyword === 'ARG' ? doc.globalArgs.get(kv.key) : undefined);
      if (value === undefined) vars.delete(kv.key);
      else vars.set(kv.key, expandVariables(value, vars).value);
    }
  }
  return vars;
}

const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Expands `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alt}`; `unresolved` when a name has no value. */
export function expandVariables(
  text: string,
  vars: ReadonlyMap<string, string>,
): { value: string; unresolved: boolean } {
  let unresolved = false;
  const value = text.replace(VARIABLE, (_m, braced?: string, op?: string, word?: string, bare?: string) => {
    const v = vars.get((braced ?? bare) as string);
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
