// The shell commands of RUN instructions, with source offsets, for the Dockerfile rules. Nothing is executed: this is
// a lexer and a small parser that know enough of POSIX sh (quotes, escapes, `$(...)`, backticks, `&&`, `||`, `;`,
// pipes, subshells, redirections, here-documents, `if`/`for`/`case` compound commands) to name every simple command
// and its words. Docker's own layer comes first: line continuations with the file's escape character and the comment
// lines between them are removed, exec-form JSON arrays become words, and heredoc bodies that the shell runs become
// scripts. `sh -c '...'`, `$(...)` and backticks are parsed recursively, so nested commands are found too.
import type { Range } from '../../core/location.js';
import type { DockerfileDoc, DockerfileInstruction, DockerfileStage } from '../../sources/dockerfile/index.js';

export interface ShellWord {
  /** After quote removal and escape processing; `$VAR`, `$(...)` and backticks are kept verbatim. */
  value: string;
  /** From the first to the last source character of the word, quotes included. */
  range: Range;
  /** Some part of the word was quoted or escaped. */
  quoted: boolean;
  /** The word holds an expansion (`$VAR`, `$(...)`, backticks): its value is not known statically. */
  dynamic: boolean;
  /**
   * Where the word is in the text it was lexed from, for parsing a `sh -c` script it holds: `source[start, end)`
   * is the word as written (quotes included) or, when `literal`, exactly its value (an exec-form JSON string).
   */
  source?: Source;
  start?: number;
  end?: number;
  literal?: boolean;
}

export interface ShellCommand {
  /** Every word of the simple command: leading assignments and wrappers (sudo, env...) included. */
  words: ShellWord[];
  /** Base name of the executed program (`/usr/bin/apt-get` → `apt-get`), after assignments and wrappers. */
  name: string;
  nameWord?: ShellWord;
  /** The words after the program name. */
  args: ShellWord[];
  /** From the program name (or the first word) to the last word. */
  range: Range;
  /** 0 for the RUN's own script; deeper inside `sh -c`, `$(...)` and backticks. */
  depth: number;
  /** Reads from or writes to a pipe. */
  piped: boolean;
  /** Reads its standard input from a pipe (`yes | apt-get install ...`). */
  pipedIn: boolean;
  /** Runs inside `( ... )`. */
  subshell: boolean;
  /** The first command of the RUN's top-level script. */
  first: boolean;
}

export interface ShellScript {
  /** In execution order (commands of a substitution come before the command that uses it). */
  commands: ShellCommand[];
  /** `|` and `|&` operators. */
  pipes: Range[];
  /** Pipelines of two or more commands, from the first command to the last. */
  pipelines: Range[];
  /** The script was lexed as a POSIX shell (false for PowerShell and cmd). */
  posix: boolean;
}

/** Text with the source offset of each of its characters (an instruction without its line continuations). */
export interface Source {
  text: string;
  offsets: Int32Array;
}

type Token =
  | { kind: 'word'; word: ShellWord; subs: Source[] }
  | { kind: 'op'; op: string; range: Range }
  | { kind: 'redir'; op: string; range: Range };

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);
const NON_POSIX_SHELLS = /^(powershell|pwsh|cmd)(\.exe)?$/i;
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'while', 'until', '!', '{', '}', 'time']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=/;

const cache = new WeakMap<DockerfileInstruction, ShellScript>();
/** Nesting of `$(...)` and `sh -c` parsed recursively; deeper scripts are words only (no real script nests this far). */
const MAX_DEPTH = 8;

/**
 * The shell script a RUN instruction runs: its commands with source offsets. Exec form (`RUN ["apt-get", ...]`) gives
 * one command of exact words; heredoc bodies count when the shell runs them (`RUN <<EOF`, `RUN bash <<EOF`), not when
 * they are data (`RUN cat <<EOF > file`, `RUN python3 <<EOF`). Cached per instruction.
 */
export function runScript(doc: DockerfileDoc, ins: DockerfileInstruction): ShellScript {
  let script = cache.get(ins);
  if (!script) {
    script = buildScript(doc, ins);
    cache.set(ins, script);
  }
  return script;
}

function buildScript(doc: DockerfileDoc, ins: DockerfileInstruction): ShellScript {
  const posix = isPosixShellAt(doc, ins);
  const out: ShellScript = { commands: [], pipes: [], pipelines: [], posix };
  const first = ins.arguments[0];
  if (!first) return out;
  if (ins.json) {
    const words = jsonWords(doc.text, first.range[0], ins.range[1]);
    if (words.length > 0) emitCommand(words, 0, false, false, false, true, out, posix);
    return out;
  }
  const end = ins.heredocs.length > 0 ? lineEnd(doc.text, first.range[0], doc.escape) : ins.range[1];
  const src = dockerSource(doc.text, first.range[0], end, doc.escape);
  const before = out.commands.length;
  parseInto(lex(src, posix), 0, out, posix, true);
  if (ins.heredocs.length === 0) return out;
  const head = out.commands.slice(before).filter((c) => c.depth === 0);
  const runsBody =
    head.length === 0 || (head.length === 1 && SHELLS.has(head[0]?.name ?? '') && !shellScriptArg(head[0]));
  if (!runsBody) return out;
  for (const h of ins.heredocs) {
    if (h.range[1] <= h.range[0]) continue;
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(h.content);
    if (shebang) {
      const prog = basename(shebang[1] === '/usr/bin/env' ? (shebang[2] ?? '') : (shebang[1] ?? ''));
      if (!SHELLS.has(prog)) continue;
    }
    const offsets = new Int32Array(h.range[1] - h.range[0]);
    for (let i = 0; i < offsets.length; i++) offsets[i] = h.range[0] + i;
    parseInto(lex({ text: h.content, offsets }, posix), 0, out, posix, out.commands.length === 0);
  }
  return out;
}

/** The end of the instruction's first line, following line continuations (heredoc bodies start after it). */
function lineEnd(text: string, from: number, escape: string): number {
  let i = from;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      let j = i - 1;
      while (j >= from && (text[j] === ' ' || text[j] === '\t')) j--;
      if (text[j] !== escape || !continues(text, j, escape)) return i;
    }
    i++;
  }
  return i;
}

/**
 * The escape character at `i` starts a line continuation (when a newline follows) unless an escape character
 * precedes it: BuildKit's `([^\\])\\[ \t]*$|^\\[ \t]*$`, so `C:\\Windows\\` ends a line.
 */
function continues(text: string, i: number, escape: string): boolean {
  return text[i - 1] !== escape;
}

/**
 * Docker's view of the instruction's text: line continuations (the escape character, optional blanks, a newline)
 * and the empty or comment lines that follow them are removed; everything else is kept with its offset.
 */
function dockerSource(text: string, start: number, end: number, escape: string): Source {
  const segments: number[] = [];
  let from = start;
  let i = start;
  for (;;) {
    const nl = text.indexOf('\n', i);
    if (nl < 0 || nl >= end) break;
    let j = nl - 1;
    while (j >= from && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j--;
    if (j >= from && text[j] === escape && continues(text, j, escape)) {
      segments.push(from, j);
      from = skipContinuationLines(text, nl + 1, end);
      i = from;
    } else i = nl + 1;
  }
  let last = end;
  while (last > from && (text[last - 1] === ' ' || text[last - 1] === '\t')) last--;
  if (last > from && text[last - 1] === escape && continues(text, last - 1, escape)) last--;
  else last = end;
  segments.push(from, last);
  let length = 0;
  for (let k = 0; k < segments.length; k += 2) length += (segments[k + 1] as number) - (segments[k] as number);
  const offsets = new Int32Array(length);
  const parts: string[] = [];
  let o = 0;
  for (let k = 0; k < segments.length; k += 2) {
    const a = segments[k] as number;
    const b = segments[k + 1] as number;
    parts.push(text.slice(a, b));
    for (let x = a; x < b; x++) offsets[o++] = x;
  }
  return { text: parts.length === 1 ? (parts[0] as string) : parts.join(''), offsets };
}

function skipContinuationLines(text: string, from: number, end: number): number {
  let i = from;
  for (;;) {
    let j = i;
    while (j < end && (text[j] === ' ' || text[j] === '\t')) j++;
    if (j < end && text[j] === '#') {
      while (j < end && text[j] !== '\n') j++;
      if (j >= end) return end;
      i = j + 1;
    } else if (j < end && (text[j] === '\n' || text[j] === '\r')) {
      i = text[j] === '\r' && text[j + 1] === '\n' ? j + 2 : j + 1;
    } else {
      return i;
    }
  }
}

/** The text of a range as Docker reads it: without line continuations and the comment lines between them. */
export function logicalText(doc: DockerfileDoc, range: Range): string {
  return dockerSource(doc.text, range[0], range[1], doc.escape).text;
}

/** The strings of an exec-form instruction (`CMD ["a", "b"]`) as words with offsets. */
export function execFormWords(doc: DockerfileDoc, ins: DockerfileInstruction): ShellWord[] {
  const first = ins.arguments[0];
  return ins.json && first ? jsonWords(doc.text, first.range[0], ins.range[1]) : [];
}

/** The strings of an exec-form JSON array, with the offsets of their characters. */
function jsonWords(text: string, start: number, end: number): ShellWord[] {
  const words: ShellWord[] = [];
  let i = text.indexOf('[', start);
  if (i < 0 || i >= end) return words;
  while (i < end) {
    if (text[i] === ']') break;
    if (text[i] !== '"') {
      i++;
      continue;
    }
    const open = i;
    let value = '';
    const offsets: number[] = [];
    i++;
    while (i < end && text[i] !== '"') {
      if (text[i] === '\\' && i + 1 < end) {
        const e = text[i + 1] as string;
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          value += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16));
          offsets.push(i);
          i += 6;
          continue;
        }
        const map: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
        value += map[e] ?? e;
        offsets.push(i + 1);
        i += 2;
        continue;
      }
      value += text[i];
      offsets.push(i);
      i++;
    }
    i++;
    words.push({
      value,
      range: [open, Math.min(i, end)],
      quoted: true,
      dynamic: value.includes('$'),
      source: { text: value, offsets: Int32Array.from(offsets) },
      start: 0,
      end: value.length,
      literal: true,
    });
  }
  return words;
}

function slice(src: Source, from: number, to: number): Source {
  return { text: src.text.slice(from, to), offsets: src.offsets.subarray(from, to) };
}

/** Index of the `)` that closes a `(` opened just before `from`, skipping quotes and nested parentheses. */
function closingParen(s: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const j = s.indexOf("'", i + 1);
      i = j < 0 ? s.length : j + 1;
    } else if (c === '"') {
      i++;
      while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      if (--depth === 0) return i;
      i++;
    } else i++;
  }
  return s.length;
}

function closingBrace(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return i;
  }
  return s.length;
}

function closingBacktick(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '`') return i;
  }
  return s.length;
}

/** Characters that end a run of ordinary word characters, in POSIX and in cmd/PowerShell scripts. */
const SPECIAL_POSIX = charTable(' \t\r\n\\\'"$`;|&()<>#');
const SPECIAL_OTHER = charTable(' \t\r\n\'"$;|&#');

function charTable(chars: string): Uint8Array {
  const t = new Uint8Array(128);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
}

const isNameStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57);

/** Splits a script into words and operators. POSIX mode knows backslash escapes, backticks and redirections. */
function lex(src: Source, posix: boolean): Token[] {
  const s = src.text;
  const off = src.offsets;
  const n = s.length;
  const special = posix ? SPECIAL_POSIX : SPECIAL_OTHER;
  const tokens: Token[] = [];
  let value = '';
  let first = -1;
  let last = -1;
  let quoted = false;
  let dynamic = false;
  let subs: Source[] | undefined;
  let heredocNext: { strip: boolean } | undefined;
  const heredocs: { delim: string; strip: boolean }[] = [];

  const at = (i: number) => off[i < n ? i : n - 1] ?? 0;
  const take = (from: number, to: number) => {
    if (first < 0) first = from;
    last = to - 1;
  };
  const raw = (from: number, to: number) => {
    value += s.slice(from, to);
    take(from, to);
  };
  const sub = (from: number, to: number) => {
    if (!subs) subs = [];
    subs.push(slice(src, from, to));
  };
  const flush = () => {
    if (first < 0) return;
    const word: ShellWord = {
      value,
      range: [at(first), at(last) + 1],
      quoted,
      dynamic,
      source: src,
      start: first,
      end: last + 1,
    };
    if (heredocNext) {
      heredocs.push({ delim: value, strip: heredocNext.strip });
      heredocNext = undefined;
    }
    tokens.push({ kind: 'word', word, subs: subs ?? NO_SUBS });
    value = '';
    first = -1;
    last = -1;
    quoted = false;
    dynamic = false;
    subs = undefined;
  };
  const op = (kind: 'op' | 'redir', text: string, i: number) => {
    flush();
    tokens.push({ kind, op: text, range: [at(i), at(i + text.length - 1) + 1] });
    return i + text.length;
  };
  const skipHeredocBodies = (from: number) => {
    let i = from;
    for (const h of heredocs) {
      while (i < n) {
        let j = s.indexOf('\n', i);
        if (j < 0) j = n;
        const line = s.slice(i, j).replace(/\r$/, '');
        i = j + 1;
        if ((h.strip ? line.replace(/^\t+/, '') : line) === h.delim) break;
      }
    }
    heredocs.length = 0;
    return Math.min(i, n);
  };
  const dollar = (i: number): number => {
    const next = s.charCodeAt(i + 1);
    dynamic = true;
    if (next === 40 /* ( */) {
      const arithmetic = s.charCodeAt(i + 2) === 40;
      const close = closingParen(s, i + 2);
      if (!arithmetic) sub(i + 2, close);
      raw(i, Math.min(close + 1, n));
      return close + 1;
    }
    if (next === 123 /* { */) {
      const close = closingBrace(s, i + 2);
      raw(i, Math.min(close + 1, n));
      return close + 1;
    }
    if (isNameStart(next)) {
      let j = i + 2;
      while (j < n && isNameChar(s.charCodeAt(j))) j++;
      raw(i, j);
      return j;
    }
    if (i + 1 < n && '0123456789@*#?$!-'.includes(s[i + 1] as string)) {
      raw(i, i + 2);
      return i + 2;
    }
    raw(i, i + 1);
    return i + 1;
  };

  let i = 0;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (code >= 128 || special[code] === 0 || (code === 35 /* # */ && first >= 0)) {
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d < 128 && special[d] === 1) break;
        j++;
      }
      raw(i, j);
      i = j;
      continue;
    }
    const c = s[i] as string;
    if (c === '\\') {
      if (s[i + 1] === '\n') {
        i += 2;
        continue;
      }
      if (i + 1 < n) value += s[i + 1];
      take(i, Math.min(i + 2, n));
      quoted = true;
      i += 2;
    } else if (c === "'") {
      let j = s.indexOf("'", i + 1);
      if (j < 0) j = n;
      value += s.slice(i + 1, j);
      take(i, Math.min(j + 1, n));
      quoted = true;
      i = j + 1;
    } else if (c === '"') {
      quoted = true;
      take(i, i + 1);
      let j = i + 1;
      while (j < n && s[j] !== '"') {
        const d = s[j];
        if (posix && d === '\\' && j + 1 < n && '$`"\\\n'.includes(s[j + 1] as string)) {
          if (s[j + 1] !== '\n') value += s[j + 1];
          j += 2;
        } else if (d === '$') {
          j = dollar(j);
        } else if (posix && d === '`') {
          const close = closingBacktick(s, j + 1);
          sub(j + 1, close);
          dynamic = true;
          raw(j, Math.min(close + 1, n));
          j = close + 1;
        } else {
          value += d;
          j++;
        }
      }
      take(i, Math.min(j + 1, n));
      i = j + 1;
    } else if (c === '$') {
      i = dollar(i);
    } else if (c === '`') {
      const close = closingBacktick(s, i + 1);
      sub(i + 1, close);
      dynamic = true;
      raw(i, Math.min(close + 1, n));
      i = close + 1;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      flush();
      i++;
    } else if (c === '\n') {
      op('op', '\n', i);
      i = heredocs.length > 0 ? skipHeredocBodies(i + 1) : i + 1;
    } else if (c === '#') {
      while (i < n && s[i] !== '\n') i++;
    } else if (c === ';') {
      i = op('op', s[i + 1] === ';' ? (s[i + 2] === '&' ? ';;&' : ';;') : s[i + 1] === '&' ? ';&' : ';', i);
    } else if (c === '|') {
      i = op('op', s[i + 1] === '|' ? '||' : s[i + 1] === '&' ? '|&' : '|', i);
    } else if (c === '&') {
      if (s[i + 1] === '&') i = op('op', '&&', i);
      else if (posix && s[i + 1] === '>') i = op('redir', s[i + 2] === '>' ? '&>>' : '&>', i);
      else if (posix) i = op('op', '&', i);
      else {
        raw(i, i + 1);
        i++;
      }
    } else if (c === '(' || c === ')') {
      i = op('op', c, i);
    } else {
      // `<` or `>`
      if (s[i + 1] === '(') {
        const close = closingParen(s, i + 2);
        sub(i + 2, close);
        dynamic = true;
        raw(i, Math.min(close + 1, n));
        i = close + 1;
        continue;
      }
      if (first >= 0 && !quoted && /^[0-9]+$/.test(value) && s[i - 1] !== ' ') {
        // `2>&1`: the digits name a file descriptor, not a word.
        value = '';
        first = -1;
        last = -1;
      }
      const text = redirection(s, i);
      i = op('redir', text, i);
      if (text === '<<' || text === '<<-') heredocNext = { strip: text === '<<-' };
    }
  }
  flush();
  return tokens;
}

const NO_SUBS: Source[] = [];

function redirection(s: string, i: number): string {
  const a = s[i];
  const b = s[i + 1];
  if (a === '<') {
    if (b === '<') return s[i + 2] === '<' ? '<<<' : s[i + 2] === '-' ? '<<-' : '<<';
    return b === '>' ? '<>' : b === '&' ? '<&' : '<';
  }
  return b === '>' ? '>>' : b === '|' ? '>|' : b === '&' ? '>&' : '>';
}

/** Groups tokens into simple commands and appends them (and the commands nested in them) to `out`. */
function parseInto(tokens: Token[], depth: number, out: ShellScript, posix: boolean, atStart: boolean): void {
  let words: ShellWord[] = [];
  let nested: Source[] = [];
  let pipedIn = false;
  let pipeline: number | undefined;
  let redirTarget = false;
  let parens = 0;
  let seen = !atStart;
  /** `case` states: reading the subject, reading a pattern, or in a branch. */
  const cases: ('head' | 'pattern' | 'body')[] = [];

  const end = (pipedOut: boolean, subshell: boolean) => {
    if (depth < MAX_DEPTH) for (const sub of nested) parseInto(lex(sub, posix), depth + 1, out, posix, false);
    nested = [];
    // `for NAME in WORDS` and `select` heads name no program.
    const head = words[0];
    if (head && !head.quoted && (head.value === 'for' || head.value === 'select')) words = [];
    if (words.length > 0) {
      const cmd = emitCommand(words, depth, pipedIn, pipedOut, subshell, !seen && depth === 0, out, posix);
      seen = true;
      if (pipedOut && pipeline === undefined) pipeline = cmd.range[0];
      if (!pipedOut && pipeline !== undefined) {
        out.pipelines.push([pipeline, cmd.range[1]]);
        pipeline = undefined;
      }
    } else if (!pipedOut) pipeline = undefined;
    words = [];
  };

  for (const t of tokens) {
    const top = cases.at(-1);
    if (t.kind === 'word') {
      nested.push(...t.subs);
      if (redirTarget) {
        redirTarget = false;
        continue;
      }
      const v = t.word.quoted ? '' : t.word.value;
      if (top === 'head') {
        if (v === 'in') cases[cases.length - 1] = 'pattern';
        continue;
      }
      if (top === 'pattern') {
        if (v === 'esac') cases.pop();
        continue;
      }
      if (words.length === 0 && posix) {
        if (v === 'case') {
          cases.push('head');
          continue;
        }
        if (v === 'esac' && top === 'body') {
          cases.pop();
          continue;
        }
        if (RESERVED.has(v)) continue;
      }
      words.push(t.word);
    } else if (t.kind === 'redir') {
      redirTarget = true;
    } else {
      if (top === 'head') continue;
      if (top === 'pattern') {
        if (t.op === ')') cases[cases.length - 1] = 'body';
        continue;
      }
      const pipe = t.op === '|' || t.op === '|&';
      end(pipe, parens > 0);
      pipedIn = pipe;
      if (pipe) out.pipes.push(t.range);
      if (t.op === '(') parens++;
      else if (t.op === ')') parens = Math.max(0, parens - 1);
      else if (top === 'body' && (t.op === ';;' || t.op === ';&' || t.op === ';;&'))
        cases[cases.length - 1] = 'pattern';
    }
  }
  end(false, parens > 0);
}

function emitCommand(
  words: ShellWord[],
  depth: number,
  pipedIn: boolean,
  pipedOut: boolean,
  subshell: boolean,
  first: boolean,
  out: ShellScript,
  posix: boolean,
): ShellCommand {
  const k = commandIndex(words);
  const nameWord = k < words.length ? words[k] : undefined;
  const name = nameWord ? basename(nameWord.value) : '';
  const args = words.slice(k + 1);
  const from = (nameWord ?? words[0]) as ShellWord;
  const to = words.at(-1) as ShellWord;
  const cmd: ShellCommand = {
    words,
    name,
    args,
    range: [from.range[0], Math.max(from.range[1], to.range[1])],
    depth,
    piped: pipedIn || pipedOut,
    pipedIn,
    subshell,
    first,
  };
  if (nameWord) cmd.nameWord = nameWord;
  out.commands.push(cmd);
  if (!posix && !SHELLS.has(name)) return cmd;
  const script = SHELLS.has(name)
    ? shellScriptArg(cmd)
    : name === 'su' || name === 'runuser'
      ? suCommand(cmd)
      : undefined;
  const inner = script && wordScript(script);
  if (inner && depth < MAX_DEPTH) parseInto(lex(inner, true), depth + 1, out, true, false);
  return cmd;
}

/** The text a word holds, as a script to lex: without the quotes when the whole word is one quoted string. */
function wordScript(w: ShellWord): Source | undefined {
  const { source, start, end } = w;
  if (!source || start === undefined || end === undefined) return undefined;
  if (w.literal) return slice(source, start, end);
  const t = source.text;
  const q = t[start];
  if (q === "'" && t.indexOf("'", start + 1) === end - 1) return slice(source, start + 1, end - 1);
  if (q === '"') {
    let i = start + 1;
    while (i < end && t[i] !== '"') i += t[i] === '\\' ? 2 : 1;
    if (i === end - 1) return unescapeDoubleQuoted(source, start + 1, end - 1);
  }
  return slice(source, start, end);
}

/** The inside of `"..."` as the shell passes it on: `\"`, `\\`, `\$` and `` \` `` lose their backslash. */
function unescapeDoubleQuoted(source: Source, from: number, to: number): Source {
  const t = source.text;
  if (!t.slice(from, to).includes('\\')) return slice(source, from, to);
  let text = '';
  const offsets: number[] = [];
  for (let i = from; i < to; i++) {
    if (t[i] === '\\' && i + 1 < to && '$`"\\\n'.includes(t[i + 1] as string)) i++;
    if (t[i] === '\n' && t[i - 1] === '\\') continue;
    text += t[i];
    offsets.push(source.offsets[i] ?? 0);
  }
  return { text, offsets: Int32Array.from(offsets) };
}

/** Wrappers that run the command given after their own options. */
const WRAPPERS: Record<string, { value?: string; longValue?: string[]; positionals?: number }> = {
  sudo: { value: 'ugpChDrtUT', longValue: ['user', 'group', 'host', 'prompt', 'close-from', 'chdir', 'role', 'type'] },
  doas: { value: 'uC' },
  env: { value: 'uCS', longValue: ['unset', 'chdir', 'split-string'] },
  exec: { value: 'a' },
  command: {},
  nohup: {},
  time: {},
  nice: { value: 'n', longValue: ['adjustment'] },
  eatmydata: {},
  stdbuf: { value: 'ioe', longValue: ['input', 'output', 'error'] },
  timeout: { value: 'sk', longValue: ['signal', 'kill-after'], positionals: 1 },
  xargs: {
    value: 'IiEeLlnPsda',
    longValue: ['replace', 'eof', 'max-lines', 'max-args', 'max-procs', 'max-chars', 'delimiter', 'arg-file'],
  },
  gosu: { positionals: 1 },
  'su-exec': { positionals: 1 },
};

/** Index of the program word: after `NAME=value` assignments and wrappers such as sudo, env and xargs. */
function commandIndex(words: readonly ShellWord[]): number {
  let i = 0;
  for (;;) {
    while (i < words.length && isAssignment(words[i] as ShellWord)) i++;
    const w = words[i];
    if (!w) return i;
    const spec = WRAPPERS[basename(w.value)];
    if (!spec) return i;
    if (basename(w.value) === 'command' && words.slice(i + 1).some((x) => x.value === '-v' || x.value === '-V')) {
      return i;
    }
    let j = i + 1;
    while (j < words.length) {
      const v = (words[j] as ShellWord).value;
      if (v === '--') {
        j++;
        break;
      }
      if (v.startsWith('--')) {
        const long = v.slice(2);
        j += !long.includes('=') && spec.longValue?.includes(long) ? 2 : 1;
      } else if (v.startsWith('-') && v.length > 1) {
        const letters = v.slice(1);
        const at = [...letters].findIndex((l) => spec.value?.includes(l));
        j += at >= 0 && at === letters.length - 1 ? 2 : 1;
      } else break;
    }
    if (basename(w.value) === 'env') while (j < words.length && isAssignment(words[j] as ShellWord)) j++;
    j += spec.positionals ?? 0;
    if (j >= words.length) return i;
    i = j;
  }
}

/** `NAME=value` with an unquoted name (`"A=b"` is a word, not an assignment). */
function isAssignment(w: ShellWord): boolean {
  return !w.literal && isNameStart(w.source?.text.charCodeAt(w.start ?? 0) ?? 0) && ASSIGNMENT.test(w.value);
}

/** The script of `sh -c 'script'` (options such as `-e`, `-o pipefail` or `-ec` may come first). */
function shellScriptArg(cmd: ShellCommand | undefined): ShellWord | undefined {
  if (!cmd) return undefined;
  let c = false;
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = (args[i] as ShellWord).value;
    if (v === '--') return c ? args[i + 1] : undefined;
    if ((v.startsWith('-') || v.startsWith('+')) && v.length > 1) {
      if (v.startsWith('--')) continue;
      if (v.slice(1).includes('c')) c = true;
      if (v === '-o' || v === '+o' || v === '-O' || v === '+O') i++;
      continue;
    }
    return c ? args[i] : undefined;
  }
  return undefined;
}

function suCommand(cmd: ShellCommand): ShellWord | undefined {
  const args = cmd.args;
  for (let i = 0; i < args.length; i++) {
    const v = (args[i] as ShellWord).value;
    if (v === '-c' || v === '--command') return args[i + 1];
    if (v.startsWith('--command=')) {
      const w = args[i] as ShellWord;
      return { ...w, value: v.slice('--command='.length), start: (w.start ?? 0) + '--command='.length };
    }
  }
  return undefined;
}

export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash >= 0 ? path.slice(slash + 1) : path;
}

// ---------------------------------------------------------------------------------------------------------------
// Options of a command

export interface OptionSpec {
  /** Short options that take a value (`-o X`, `-oX`). */
  short?: string;
  /** Long options that take a value when written `--name value`. */
  long?: readonly string[];
}

export interface ParsedOption {
  /** A letter for short options, the name without dashes for long ones. */
  name: string;
  value?: string;
  word: ShellWord;
}

export interface ParsedArgs {
  options: ParsedOption[];
  /** Words that are not options or option values, in order. */
  positionals: ShellWord[];
}

/** Splits a command's arguments into options and positionals, getopt style (`-fmy` is `-f -m -y`). */
export function parseOptions(args: readonly ShellWord[], spec: OptionSpec = {}): ParsedArgs {
  const options: ParsedOption[] = [];
  const positionals: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i] as ShellWord;
    const v = w.value;
    if (v === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (v.startsWith('--') && v.length > 2) {
      const eq = v.indexOf('=');
      if (eq > 0) options.push({ name: v.slice(2, eq), value: v.slice(eq + 1), word: w });
      else if (spec.long?.includes(v.slice(2)) && i + 1 < args.length) {
        options.push({ name: v.slice(2), value: (args[i + 1] as ShellWord).value, word: w });
        i++;
      } else options.push({ name: v.slice(2), word: w });
    } else if (v.startsWith('-') && v.length > 1 && !w.dynamic) {
      for (let k = 1; k < v.length; k++) {
        const letter = v[k] as string;
        if (spec.short?.includes(letter)) {
          const rest = v.slice(k + 1).replace(/^=/, '');
          if (rest) options.push({ name: letter, value: rest, word: w });
          else if (i + 1 < args.length) {
            options.push({ name: letter, value: (args[i + 1] as ShellWord).value, word: w });
            i++;
          } else options.push({ name: letter, word: w });
          break;
        }
        options.push({ name: letter, word: w });
      }
    } else positionals.push(w);
  }
  return { options, positionals };
}

export function hasOption(parsed: ParsedArgs, ...names: string[]): boolean {
  return parsed.options.some((o) => names.includes(o.name));
}

// ---------------------------------------------------------------------------------------------------------------
// Stages and shells

/** The stage a FROM names when it builds on an earlier stage (`FROM build AS test`). */
export function parentStage(doc: DockerfileDoc, stage: DockerfileStage): DockerfileStage | undefined {
  if (!stage.from.stageRef) return undefined;
  const name = stage.from.image.toLowerCase();
  return doc.stages
    .slice(0, stage.index)
    .reverse()
    .find((s) => s.from.alias?.toLowerCase() === name);
}

/**
 * Stages whose filesystem ends up in the built image: the final stage and the stages it is built FROM. Files left in
 * other stages (builders read with COPY --from) are discarded.
 */
export function imageStages(doc: DockerfileDoc): Set<number> {
  const out = new Set<number>();
  let s = doc.stages.at(-1);
  while (s && !out.has(s.index)) {
    out.add(s.index);
    s = parentStage(doc, s);
  }
  return out;
}

const WINDOWS_IMAGE =
  /(^|\/)(windows|nanoserver|servercore|windowsservercore)([/:@]|$)|dotnet\/framework|[:-](ltsc20\d\d|nanoserver|windowsservercore)/i;

/** The SHELL in force for an instruction: the last SHELL of its stage or of the stages it is built FROM. */
export function shellAt(doc: DockerfileDoc, ins: DockerfileInstruction): string[] | undefined {
  let stage = doc.stages[ins.stage];
  let limit = ins.range[0];
  while (stage) {
    const shell = stage.instructions.filter((i) => i.keyword === 'SHELL' && i.range[0] < limit && i.json).at(-1);
    if (shell?.json) return shell.json;
    limit = Number.POSITIVE_INFINITY;
    stage = parentStage(doc, stage);
  }
  return undefined;
}

const posixByStage = new WeakMap<DockerfileDoc, Map<number, boolean> | null>();

/** Windows stages run cmd or PowerShell: a backtick escape, a Windows base image, or a non-POSIX SHELL. */
export function isPosixShellAt(doc: DockerfileDoc, ins: DockerfileInstruction): boolean {
  let byStage = posixByStage.get(doc);
  if (byStage === undefined) {
    // Without SHELL instructions the answer depends on the stage only.
    byStage = doc.instructions.some((i) => i.keyword === 'SHELL') ? null : new Map();
    posixByStage.set(doc, byStage);
  }
  const known = byStage?.get(ins.stage);
  if (known !== undefined) return known;
  const posix = computePosix(doc, ins);
  byStage?.set(ins.stage, posix);
  return posix;
}

function computePosix(doc: DockerfileDoc, ins: DockerfileInstruction): boolean {
  const shell = shellAt(doc, ins);
  if (shell?.[0]) return !NON_POSIX_SHELLS.test(basename(shell[0].replace(/\\/g, '/')));
  if (doc.escape === '`') return false;
  let stage = doc.stages[ins.stage];
  while (stage) {
    if (WINDOWS_IMAGE.test(stage.from.image)) return false;
    stage = parentStage(doc, stage);
  }
  return true;
}

/** Targets of `RUN --mount=type=cache` and `type=tmpfs` mounts: what is written there stays out of the layer. */
export function uncommittedMounts(ins: DockerfileInstruction): string[] {
  const out: string[] = [];
  for (const f of ins.flags) {
    if (f.name !== 'mount' || !f.value) continue;
    const fields = new Map(
      f.value.split(',').map((kv) => {
        const eq = kv.indexOf('=');
        return [eq < 0 ? kv : kv.slice(0, eq), eq < 0 ? '' : kv.slice(eq + 1)] as const;
      }),
    );
    const type = fields.get('type');
    const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination');
    if ((type === 'cache' || type === 'tmpfs') && target) out.push(target.replace(/\/+$/, ''));
  }
  return out;
}

/** Every RUN instruction of the stages (all stages when none are given), with its script. */
export interface CommandRef {
  ins: DockerfileInstruction;
  script: ShellScript;
  cmd: ShellCommand;
  /** Position of `cmd` in `script.commands`. */
  index: number;
}

const byName = new WeakMap<DockerfileDoc, Map<string, CommandRef[]>>();

/**
 * Every command of every RUN, grouped by program name and in file order; built once per document so that the many
 * rules looking for apt-get, apk, pip... do not walk all the scripts each.
 */
export function commandsByName(doc: DockerfileDoc): Map<string, CommandRef[]> {
  let index = byName.get(doc);
  if (!index) {
    index = new Map();
    for (const { ins, script } of runScripts(doc)) {
      script.commands.forEach((cmd, i) => {
        let list = index?.get(cmd.name);
        if (!list) {
          list = [];
          index?.set(cmd.name, list);
        }
        list.push({ ins, script, cmd, index: i });
      });
    }
    byName.set(doc, index);
  }
  return index;
}

export function* runScripts(
  doc: DockerfileDoc,
  stages?: ReadonlySet<number>,
): Generator<{ ins: DockerfileInstruction; script: ShellScript }> {
  for (const ins of doc.instructions) {
    if (ins.keyword !== 'RUN' || ins.stage < 0) continue;
    if (stages && !stages.has(ins.stage)) continue;
    yield { ins, script: runScript(doc, ins) };
  }
}

/**
 * Build variables in force before an instruction: global ARG defaults redeclared in the stage, the stage's ARG
 * defaults and ENV values, inherited from the stages it is built FROM. An ARG without a default is unknown.
 */
export function variablesAt(doc: DockerfileDoc, ins: DockerfileInstruction): Map<string, string | undefined> {
  const chain: DockerfileStage[] = [];
  for (let s = doc.stages[ins.stage]; s && !chain.includes(s); s = parentStage(doc, s)) chain.unshift(s);
  const vars = new Map<string, string | undefined>();
  for (const stage of chain) {
    for (const i of stage.instructions) {
      if (i.range[0] >= ins.range[0]) break;
      if (i.keyword === 'ARG') {
        for (const a of i.arguments) {
          const eq = a.value.indexOf('=');
          const name = eq < 0 ? a.value : a.value.slice(0, eq);
          vars.set(name, eq < 0 ? (doc.globalArgs.get(name) ?? vars.get(name)) : unquote(a.value.slice(eq + 1)));
        }
      } else if (i.keyword === 'ENV') {
        const args = i.arguments;
        if (args.length > 0 && !args[0]?.value.includes('=')) {
          vars.set(
            args[0]?.value ?? '',
            unquote(
              args
                .slice(1)
                .map((a) => a.value)
                .join(' '),
            ),
          );
        } else {
          for (const a of args) {
            const eq = a.value.indexOf('=');
            if (eq > 0) vars.set(a.value.slice(0, eq), unquote(a.value.slice(eq + 1)));
          }
        }
      }
    }
  }
  return vars;
}

export function unquote(s: string): string {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s.at(-1) === s[0] ? s.slice(1, -1) : s;
}
