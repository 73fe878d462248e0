// The shell commands of RUN instructions, with source offsets, for the Dockerfile rules. Nothing is expanded or
// executed: this is a lexer and a small parser that know enough of POSIX sh (quotes, escapes, `$(...)`, backquotes,
// `&&`, `||`, `;`, pipes, subshells, redirections, here-documents, `if`/`for`/`while`/`case`) to name every simple
// command, the program it runs and its words. Docker's own layer comes first: line continuations and the comment
// lines between them are removed, exec-form JSON arrays become words, and the heredoc bodies a shell runs become
// scripts. The scripts a command runs are read too: `sh -c '...'`, `su -c`, `eval`, `$(...)`, backquotes, `<(...)`
// and heredocs fed to a shell. Windows stages (cmd or PowerShell) are read without POSIX escapes, backquotes and
// redirections. Each RUN is read once, on first use, and kept with its document.
import type { Range } from '../../core/location.js';
import {
  argumentsStart,
  type DockerfileDoc,
  type DockerfileInstruction,
  type DockerfileStage,
  expandArgs,
  lineSegments,
  logicalLine,
} from './parse.js';

/**
 * Text with the source offsets of its characters, kept compactly as runs: `runs` holds pairs (index, offset), each
 * starting a run of characters at consecutive offsets; `shift` is the index of `text[0]` in that table (a slice
 * shares its parent's runs).
 */
export interface Source {
  text: string;
  runs: readonly number[];
  shift: number;
  /** Read as a POSIX shell script (backslash escapes, backquotes, redirections). */
  posix: boolean;
}

/** The source offset of `src.text[i]`. */
function offsetAt(src: Source, i: number): number {
  const runs = src.runs;
  const k = i + src.shift;
  let lo = 0;
  let hi = (runs.length >> 1) - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((runs[mid * 2] as number) <= k) lo = mid;
    else hi = mid - 1;
  }
  return (runs[lo * 2 + 1] as number) + k - (runs[lo * 2] as number);
}

/**
 * A copy of a string built by concatenation that is one flat string. The lexer's hot loop is compiled for flat and
 * sliced strings; a concatenation tree reaching it once makes every later read take the slow generic path (about a
 * fifth of the reader's time on the corpus).
 */
function flat(s: string): string {
  return s.length < 13 ? s : s.padEnd(s.length + 1).slice(0, -1);
}

/** Runs of a list of offsets, one per character. */
function toRuns(offsets: readonly number[]): number[] {
  const runs: number[] = [];
  for (let i = 0; i < offsets.length; i++) {
    const o = offsets[i] as number;
    if (i === 0 || o !== (offsets[i - 1] as number) + 1) runs.push(i, o);
  }
  if (runs.length === 0) runs.push(0, 0);
  return runs;
}

export interface ShellWord {
  /** After quote removal and escape processing; `$VAR`, `$(...)` and backquotes are kept verbatim. */
  value: string;
  /** From the first to the last source character of the word, quotes included. */
  range: Range;
  /** Some part of the word was quoted or escaped. */
  quoted: boolean;
  /** Index in `value` of the first character that came from quotes or an escape; -1 when none did. */
  firstQuoted: number;
  /** The word holds an expansion (`$VAR`, `$(...)`, backquotes): its value is not known statically. */
  dynamic: boolean;
  /** The commands of each `$(...)`, backquote and `<(...)` substitution in the word. */
  substitutions: readonly (readonly ShellCommand[])[];
  /**
   * Where the word is in the text it was read from: `source.text.slice(start, end)` is the word as written, or
   * exactly its value when `literal` (an exec-form JSON string).
   */
  source: Source;
  start: number;
  end: number;
  literal: boolean;
}

export interface ShellCommand {
  /** Every word of the simple command, leading assignments and wrappers (sudo, env...) included. */
  words: readonly ShellWord[];
  /** Leading `NAME=value` words. */
  assignments: readonly ShellWord[];
  /** `NAME=value` given to the program: leading assignments and those after wrappers (`env A=1 cmd`). */
  env: readonly ShellWord[];
  /** Wrapper words looked through (`sudo`, `env`, `timeout`...). */
  wrappers: readonly ShellWord[];
  /** Base name of the program that runs (`/usr/bin/apt-get` → `apt-get`, `C:\\bin\\curl.exe` → `curl`); '' if none. */
  name: string;
  nameWord?: ShellWord;
  /** The words after the program name. */
  args: readonly ShellWord[];
  /** From the program name (or the first word) to the last word. */
  range: Range;
  /** 0 for the RUN's own script; one more inside each `sh -c`, substitution or heredoc given to a shell. */
  depth: number;
  /** Commands joined by `|` share a pipeline number (unique within one script). */
  pipeline: number;
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
  /** In execution order: the commands of a substitution come before the command that uses them. */
  commands: ShellCommand[];
  /** `|` and `|&` operators. */
  pipes: Range[];
  /** Pipelines of two or more commands, from the first command to the last. */
  pipelines: Range[];
  /** The script was read as a POSIX shell (false for PowerShell and cmd). */
  posix: boolean;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox-sh']);
const SHELLS_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const t: string[][] = [];
  for (const sh of SHELLS) (t[sh.length] ??= []).push(sh);
  return t;
})();
const NON_POSIX_SHELLS = /^(powershell|pwsh|cmd)(\.exe)?$/i;
/**
 * The reserved words that can start a simple command and are not the program: `if`, `then`, `else`, `elif`, `fi`,
 * `do`, `done`, `while`, `until`, `!`, `{`, `}`, `time`. Compared without hashing: this runs for the first word of
 * every command.
 */
function isReserved(v: string): boolean {
  switch (v.length) {
    case 1:
      return v === '!' || v === '{' || v === '}';
    case 2:
      return v === 'if' || v === 'fi' || v === 'do';
    case 4:
      return v === 'then' || v === 'else' || v === 'elif' || v === 'done' || v === 'time';
    case 5:
      return v === 'while' || v === 'until';
    default:
      return false;
  }
}
/** Nesting of substitutions and nested scripts read; deeper ones are kept as words only. */
const MAX_DEPTH = 8;
const NONE: readonly never[] = Object.freeze([]);

/** A POSIX shell's name. Compared by length first, without hashing: this runs for every command. */
export function isShell(name: string | undefined): boolean {
  if (name === undefined) return false;
  const same = SHELLS_BY_LENGTH[name.length];
  return same !== undefined && same.includes(name);
}

/** The base name of a command word: `/usr/bin/curl` is `curl`, and so is `C:\\tools\\curl.exe`. */
export function baseName(value: string): string {
  let slash = -1;
  for (let i = value.length - 1; i >= 0; i--) {
    const c = value.charCodeAt(i);
    if (c === 47 || c === 92) {
      slash = i;
      break;
    }
  }
  const base = slash >= 0 ? value.slice(slash + 1) : value;
  // Cheap test first: this runs for every word in command position.
  return base.length > 4 && (base.charCodeAt(base.length - 1) | 32) === 101 && base.slice(-4).toLowerCase() === '.exe'
    ? base.slice(0, -4)
    : base;
}

// ---------------------------------------------------------------------------------------------------------------
// Per-document cache

interface DocCache {
  scripts: Map<DockerfileInstruction, ShellScript>;
  /** Values rules compute once per document (see `perDocument`). */
  memo?: Map<string, unknown>;
  byName?: Map<string, CommandRef[]>;
  keyValues: Map<DockerfileInstruction, KeyValue[]>;
  posixByStage?: Map<number, boolean> | null;
}

/**
 * The caches live on the document itself (a hidden property), not in a WeakMap keyed by it: V8's young-generation
 * collections left such WeakMap values alive, so every document's scripts were promoted and waited for a full GC
 * (fourteen full collections in thirty corpus passes, against one this way).
 */
const CACHE = Symbol('dockerfile caches');

function cacheOf(doc: DockerfileDoc): DocCache {
  const holder = doc as unknown as { [CACHE]?: DocCache };
  let c = holder[CACHE];
  if (!c) {
    c = { scripts: new Map(), keyValues: new Map() };
    Object.defineProperty(doc, CACHE, { value: c });
  }
  return c;
}

/** A value computed once per document and kept with it, for rules that share work (`key` names it). */
export function perDocument<T>(doc: DockerfileDoc, key: string, make: () => T): T {
  const cache = cacheOf(doc);
  cache.memo ??= new Map();
  let value = cache.memo.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    cache.memo.set(key, value);
  }
  return value;
}

/**
 * The shell script a RUN instruction runs, read once and kept with the document. Exec form (`RUN ["apt-get", ...]`)
 * gives one command of exact words; heredoc bodies count when a shell runs them (`RUN <<EOF`, `RUN bash <<EOF`),
 * not when they are data (`RUN cat <<EOF > file`, `RUN python3 <<EOF`).
 */
export function runScript(doc: DockerfileDoc, ins: DockerfileInstruction): ShellScript {
  const cache = cacheOf(doc).scripts;
  let script = cache.get(ins);
  if (!script) {
    script = buildScript(doc, ins);
    cache.set(ins, script);
  }
  return script;
}

/** The commands of a RUN instruction (see `runScript`). */
export function runCommands(doc: DockerfileDoc, ins: DockerfileInstruction): readonly ShellCommand[] {
  return runScript(doc, ins).commands;
}

/** Every RUN instruction of the stages (all stages when none are given), with its script. */
export function runScripts(
  doc: DockerfileDoc,
  stages?: ReadonlySet<number>,
): { ins: DockerfileInstruction; script: ShellScript }[] {
  const out: { ins: DockerfileInstruction; script: ShellScript }[] = [];
  for (const ins of doc.instructions) {
    if (ins.keyword !== 'RUN' || ins.stage < 0) continue;
    if (stages && !stages.has(ins.stage)) continue;
    out.push({ ins, script: runScript(doc, ins) });
  }
  return out;
}

export interface CommandRef {
  ins: DockerfileInstruction;
  script: ShellScript;
  cmd: ShellCommand;
  /** Position of `cmd` in `script.commands`. */
  index: number;
  /** Position of `cmd` among all the commands of the document's RUN instructions, in file order. */
  seq: number;
}

/**
 * Every command of every RUN, grouped by program name and in file order; built once per document so that the many
 * rules looking for apt-get, apk, pip... do not walk all the scripts each.
 */
export function commandsByName(doc: DockerfileDoc): Map<string, CommandRef[]> {
  const cache = cacheOf(doc);
  let index = cache.byName;
  if (!index) {
    index = new Map();
    let seq = 0;
    for (const ins of doc.instructions) {
      if (ins.keyword !== 'RUN' || ins.stage < 0) continue;
      const script = runScript(doc, ins);
      const commands = script.commands;
      for (let i = 0; i < commands.length; i++) {
        const cmd = commands[i] as ShellCommand;
        const ref: CommandRef = { ins, script, cmd, index: i, seq: seq++ };
        const list = index.get(cmd.name);
        if (list) list.push(ref);
        else index.set(cmd.name, [ref]);
      }
    }
    cache.byName = index;
  }
  return index;
}

/**
 * The commands of every RUN whose program name passes `accept` (a set of names or a test), in file order and, within
 * a RUN, in script order: rules that look at a few programs do not walk every command.
 */
export function commandsNamed(
  doc: DockerfileDoc,
  accept: ReadonlySet<string> | ((name: string) => boolean),
): readonly CommandRef[] {
  const index = commandsByName(doc);
  const lists: CommandRef[][] = [];
  if (typeof accept === 'function') {
    // forEach: a for-of over the entries would make an array per name.
    index.forEach((refs, name) => {
      if (accept(name)) lists.push(refs);
    });
  } else {
    for (const name of accept) {
      const refs = index.get(name);
      if (refs) lists.push(refs);
    }
  }
  if (lists.length <= 1) return lists[0] ?? [];
  // Each list is in file order: merge them.
  let total = 0;
  for (const l of lists) total += l.length;
  const out: CommandRef[] = new Array(total);
  const at = new Array<number>(lists.length).fill(0);
  for (let o = 0; o < total; o++) {
    let best = -1;
    let bestSeq = Number.POSITIVE_INFINITY;
    for (let k = 0; k < lists.length; k++) {
      const ref = (lists[k] as CommandRef[])[at[k] as number];
      if (ref && ref.seq < bestSeq) {
        bestSeq = ref.seq;
        best = k;
      }
    }
    out[o] = (lists[best] as CommandRef[])[(at[best] as number)++] as CommandRef;
  }
  return out;
}

function buildScript(doc: DockerfileDoc, ins: DockerfileInstruction): ShellScript {
  const posix = isPosixShellAt(doc, ins);
  const out: Out = { commands: [], pipes: [], pipelines: [], posix, nextPipeline: 0 };
  const first = argumentsStart(ins);
  if (first < 0) return out;
  if (ins.json) {
    const words = jsonWords(doc.text, first, ins.range[1]);
    if (words.length > 0) {
      const reader = new Reader(words[0]?.source as Source, 0, out, true, undefined);
      reader.command(words, false);
    }
    return out;
  }
  const src = logicalSource(doc.text, first, doc.escape.charCodeAt(0), posix, lineSegments(ins));
  new Reader(src, 0, out, true, ins.heredocs.length > 0 ? ins.heredocs : undefined).read();
  return out;
}

interface Out extends ShellScript {
  nextPipeline: number;
}

/** The instruction's line from `from`, as Docker reads it: line continuations and the lines they skip removed. */
function logicalSource(text: string, from: number, esc: number, posix: boolean, known?: readonly number[]): Source {
  let segs = known;
  if (!segs) {
    const found: number[] = [];
    logicalLine(text, from, esc, found);
    segs = found;
  }
  const lastEnd = segs[segs.length - 1] as number;
  if (from >= (segs[segs.length - 2] as number)) {
    return { text: text.slice(from, lastEnd), runs: [0, from], shift: 0, posix };
  }
  const runs: number[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; k < segs.length; k += 2) {
    const a = Math.max(segs[k] as number, from);
    const b = segs[k + 1] as number;
    if (b <= a) continue;
    runs.push(length, a);
    parts.push(text.slice(a, b));
    length += b - a;
  }
  if (runs.length === 0) runs.push(0, from);
  // join() makes a flat string, which the lexer reads faster than a chain of concatenations.
  return { text: parts.join(''), runs, shift: 0, posix };
}

/**
 * The text of a range as Docker reads it: without line continuations and the comment and blank lines they skip
 * (line breaks that end a logical line are kept).
 */
export function logicalText(doc: DockerfileDoc, range: Range): string {
  const esc = doc.escape.charCodeAt(0);
  const text = doc.text;
  let out = '';
  let from = range[0];
  while (from < range[1]) {
    const segs: number[] = [];
    const line = logicalLine(text, from, esc, segs, undefined, undefined, range[1]);
    for (let k = 0; k < segs.length; k += 2) {
      const a = segs[k] as number;
      const b = Math.min(segs[k + 1] as number, range[1]);
      if (b > a) out += text.slice(a, b);
    }
    if (line.next >= range[1] || line.next <= from) break;
    out += '\n';
    from = line.next;
  }
  return out;
}

function slice(src: Source, from: number, to: number): Source {
  return { text: src.text.slice(from, to), runs: src.runs, shift: src.shift + from, posix: src.posix };
}

// ---------------------------------------------------------------------------------------------------------------
// Exec form

/** The strings of an exec-form instruction (`CMD ["a", "b"]`) as words with offsets. */
export function execFormWords(doc: DockerfileDoc, ins: DockerfileInstruction): ShellWord[] {
  const first = argumentsStart(ins);
  return ins.json && first >= 0 ? jsonWords(doc.text, first, ins.range[1]) : [];
}

const JSON_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };

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
        value += JSON_ESCAPES[e] ?? e;
        offsets.push(i + 1);
        i += 2;
        continue;
      }
      value += text[i];
      offsets.push(i);
      i++;
    }
    i++;
    value = flat(value);
    words.push({
      value,
      range: [open, Math.min(i, end)],
      quoted: true,
      firstQuoted: 0,
      dynamic: value.includes('$'),
      substitutions: NONE,
      source: { text: value, runs: toRuns(offsets), shift: 0, posix: true },
      start: 0,
      end: value.length,
      literal: true,
    });
  }
  return words;
}

// ---------------------------------------------------------------------------------------------------------------
// Reader: lexer and parser in one pass

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

interface PendingHeredoc {
  delim: string;
  strip: boolean;
  /** The command that reads it, once known, and where its script goes in the output. */
  cmd?: ShellCommand;
  runs: boolean;
  at: number;
  depth: number;
}

/**
 * Reads one script. Words are collected into the current simple command, operators end it; the commands of
 * substitutions, nested scripts and heredoc scripts are read by further readers into the same output.
 */
class Reader {
  private readonly s: string;
  private readonly n: number;
  private readonly posix: boolean;
  private readonly special: Uint8Array;
  /** Position in the source's run table (see `at`). */
  private run = 0;

  // The word being read.
  private value = '';
  private first = -1;
  private last = -1;
  private quoted = false;
  private firstQuoted = -1;
  private dynamic = false;
  private subs: number[] | undefined;
  /**
   * When set, the runs (pairs of value index and source offset, as in `Source`) of the characters appended to
   * `value`, for reading a word's value as a script.
   */
  private rec: number[] | undefined;
  /** In recording mode, the first word read. */
  private captured: ShellWord | undefined;

  // The command being read.
  // Most commands have no substitutions or heredocs: those lists are made when needed.
  private words: ShellWord[] = [];
  /** Substitutions of the command's words, by word index. */
  private wordSubs: number[][] | undefined;
  /** Substitutions in words that are not command words (redirection targets, `case` subjects, `for` lists). */
  private otherSubs: number[] | undefined;
  private redirTarget: 0 | 1 | 2 = 0;
  private heredocStrip = false;
  private cmdHeredocs: PendingHeredoc[] | undefined;
  private pending: PendingHeredoc[] | undefined;
  private topHeredocs: number;

  // The script.
  private pipedIn = false;
  private pipelineStart: number | undefined;
  private pipelineId = -1;
  private parens = 0;
  private seen: boolean;
  private cases: ('head' | 'pattern' | 'body')[] | undefined;

  constructor(
    private readonly src: Source,
    private readonly depth: number,
    private readonly out: Out,
    atStart: boolean,
    private readonly heredocs: DockerfileInstruction['heredocs'] | undefined,
  ) {
    this.s = src.text;
    this.n = src.text.length;
    this.posix = src.posix;
    this.special = src.posix ? SPECIAL_POSIX : SPECIAL_OTHER;
    this.seen = !atStart;
    this.topHeredocs = 0;
  }

  read(): void {
    const s = this.s;
    const n = this.n;
    const special = this.special;
    const posix = this.posix;
    let i = 0;
    while (i < n) {
      const code = s.charCodeAt(i);
      if (code >= 128 || special[code] === 0 || (code === 35 /* # */ && this.first >= 0)) {
        let j = i + 1;
        while (j < n) {
          const d = s.charCodeAt(j);
          if (d < 128 && special[d] === 1) break;
          j++;
        }
        this.raw(i, j);
        i = j;
        continue;
      }
      switch (code) {
        case 32:
        case 9:
        case 13: {
          this.flush();
          let j = i + 1;
          for (let d = s.charCodeAt(j); d === 32 || d === 9 || d === 13; d = s.charCodeAt(++j));
          i = j;
          break;
        }
        case 10:
          this.op('\n', i);
          i = this.pending ? this.readBodies(i + 1) : i + 1;
          break;
        case 35: // `#` starts a comment at the start of a word
          while (i < n && s.charCodeAt(i) !== 10) i++;
          break;
        case 92: // `\` (POSIX only)
          if (s.charCodeAt(i + 1) === 10) {
            i += 2;
            break;
          }
          this.quote();
          if (i + 1 < n) this.append(s[i + 1] as string, i + 1);
          this.take(i, Math.min(i + 2, n));
          i += 2;
          break;
        case 39: {
          // '...'
          let j = s.indexOf("'", i + 1);
          if (j < 0) j = n;
          this.quote();
          this.appendRange(i + 1, j);
          this.take(i, Math.min(j + 1, n));
          i = j + 1;
          break;
        }
        case 34: // "..."
          i = this.doubleQuoted(i);
          break;
        case 36: // $
          i = this.dollar(i);
          break;
        case 96: {
          // `...` (POSIX only)
          const close = closingBacktick(s, i + 1);
          this.sub(i + 1, close);
          this.dynamic = true;
          this.raw(i, Math.min(close + 1, n));
          i = close + 1;
          break;
        }
        case 59: // ;
          i = this.op(s[i + 1] === ';' ? (s[i + 2] === '&' ? ';;&' : ';;') : s[i + 1] === '&' ? ';&' : ';', i);
          break;
        case 124: // |
          i = this.op(s[i + 1] === '|' ? '||' : s[i + 1] === '&' ? '|&' : '|', i);
          break;
        case 38: // &
          if (s[i + 1] === '&') i = this.op('&&', i);
          else if (posix && s[i + 1] === '>') i = this.redirect(s[i + 2] === '>' ? '&>>' : '&>', i);
          else if (posix) i = this.op('&', i);
          else {
            this.raw(i, i + 1);
            i++;
          }
          break;
        case 40: // (
        case 41: // )
          i = this.op(s[i] as string, i);
          break;
        default: {
          // `<` or `>` (POSIX only)
          if (s[i + 1] === '(') {
            const close = closingParen(s, i + 2);
            this.sub(i + 2, close);
            this.dynamic = true;
            this.raw(i, Math.min(close + 1, n));
            i = close + 1;
            break;
          }
          if (this.first >= 0 && !this.quoted && isDigits(this.value) && s.charCodeAt(i - 1) !== 32) {
            // `2>&1`: the digits name a file descriptor, not a word.
            this.value = '';
            this.first = -1;
            this.last = -1;
            this.subs = undefined;
          }
          const text = redirection(s, i);
          i = this.redirect(text, i);
          if (text === '<<' || text === '<<-') {
            this.redirTarget = 2;
            this.heredocStrip = text === '<<-';
          }
        }
      }
    }
    this.flush();
    this.end(false);
  }

  /** Reads the words of `src` in recording mode: the first word's value with the offset of each character. */
  static valueOf(src: Source): Source {
    const out: Out = { commands: [], pipes: [], pipelines: [], posix: src.posix, nextPipeline: 0 };
    const r = new Reader(src, MAX_DEPTH, out, false, undefined);
    r.rec = [];
    r.read();
    const w = r.captured;
    const runs = r.rec;
    if (runs.length === 0) runs.push(0, 0);
    return { text: w ? flat(w.value) : '', runs, shift: 0, posix: true };
  }

  // ---- words

  private take(from: number, to: number): void {
    if (this.first < 0) this.first = from;
    this.last = to - 1;
  }

  private quote(): void {
    if (!this.quoted) {
      this.quoted = true;
      this.firstQuoted = this.value.length;
    }
  }

  private append(ch: string, at: number): void {
    this.value += ch;
    if (this.rec) this.record(this.value.length - 1, at);
  }

  private appendRange(from: number, to: number): void {
    if (to <= from) return;
    const at = this.value.length;
    this.value += this.s.slice(from, to);
    if (this.rec) for (let k = from; k < to; k++) this.record(at + k - from, k);
  }

  /** Notes that `value[index]` is `s[i]`, extending the last run when the offsets follow on. */
  private record(index: number, i: number): void {
    const runs = this.rec as number[];
    const offset = this.at(i);
    const n = runs.length;
    if (n > 0 && (runs[n - 1] as number) + index - (runs[n - 2] as number) === offset) return;
    runs.push(index, offset);
  }

  private raw(from: number, to: number): void {
    this.appendRange(from, to);
    this.take(from, to);
  }

  private sub(from: number, to: number): void {
    if (this.subs) this.subs.push(from, to);
    else this.subs = [from, to];
  }

  private dollar(i: number): number {
    const s = this.s;
    const n = this.n;
    const next = s.charCodeAt(i + 1);
    this.dynamic = true;
    if (next === 40 /* ( */) {
      const arithmetic = s.charCodeAt(i + 2) === 40;
      const close = closingParen(s, i + 2);
      if (!arithmetic) this.sub(i + 2, close);
      this.raw(i, Math.min(close + 1, n));
      return close + 1;
    }
    if (next === 123 /* { */) {
      const close = closingBrace(s, i + 2);
      this.raw(i, Math.min(close + 1, n));
      return close + 1;
    }
    if (isNameStart(next)) {
      let j = i + 2;
      while (j < n && isNameChar(s.charCodeAt(j))) j++;
      this.raw(i, j);
      return j;
    }
    if (i + 1 < n && '0123456789@*#?$!-'.includes(s[i + 1] as string)) {
      this.raw(i, i + 2);
      return i + 2;
    }
    this.raw(i, i + 1);
    return i + 1;
  }

  private doubleQuoted(i: number): number {
    const s = this.s;
    const n = this.n;
    const posix = this.posix;
    this.quote();
    this.take(i, i + 1);
    let j = i + 1;
    while (j < n && s.charCodeAt(j) !== 34) {
      const d = s.charCodeAt(j);
      if (posix && d === 92 && j + 1 < n && '$`"\\\n'.includes(s[j + 1] as string)) {
        if (s[j + 1] !== '\n') this.append(s[j + 1] as string, j + 1);
        j += 2;
      } else if (d === 36) {
        j = this.dollar(j);
      } else if (posix && d === 96) {
        const close = closingBacktick(s, j + 1);
        this.sub(j + 1, close);
        this.dynamic = true;
        this.raw(j, Math.min(close + 1, n));
        j = close + 1;
      } else {
        let k = j + 1;
        while (k < n) {
          const e = s.charCodeAt(k);
          if (e === 34 || e === 36 || (posix && (e === 92 || e === 96))) break;
          k++;
        }
        this.appendRange(j, k);
        j = k;
      }
    }
    this.take(i, Math.min(j + 1, n));
    return j + 1;
  }

  private flush(): void {
    if (this.first < 0) return;
    const first = this.first;
    const last = this.last;
    const word: ShellWord = {
      value: this.value,
      range: [this.at(first), this.at(last) + 1],
      quoted: this.quoted,
      firstQuoted: this.firstQuoted,
      dynamic: this.dynamic,
      substitutions: NONE,
      source: this.src,
      start: first,
      end: last + 1,
      literal: false,
    };
    const subs = this.subs;
    this.value = '';
    this.first = -1;
    this.last = -1;
    this.quoted = false;
    this.firstQuoted = -1;
    this.dynamic = false;
    this.subs = undefined;
    this.onWord(word, subs);
  }

  private onWord(w: ShellWord, subs: number[] | undefined): void {
    if (this.rec) {
      this.captured ??= w;
      return;
    }
    if (this.redirTarget !== 0) {
      if (subs) this.other(subs);
      if (this.redirTarget === 2) {
        const h: PendingHeredoc = { delim: w.value, strip: this.heredocStrip, runs: false, at: -1, depth: 0 };
        if (this.cmdHeredocs) this.cmdHeredocs.push(h);
        else this.cmdHeredocs = [h];
      }
      this.redirTarget = 0;
      return;
    }
    const cases = this.cases;
    const top = cases && cases.length > 0 ? cases[cases.length - 1] : undefined;
    const v = w.quoted ? '' : w.value;
    if (cases && (top === 'head' || top === 'pattern')) {
      if (subs) this.other(subs);
      if (top === 'head' && v === 'in') cases[cases.length - 1] = 'pattern';
      else if (top === 'pattern' && v === 'esac') cases.pop();
      return;
    }
    if (this.words.length === 0 && this.posix) {
      if (v === 'case') {
        if (subs) this.other(subs);
        if (cases) cases.push('head');
        else this.cases = ['head'];
        return;
      }
      if (cases && v === 'esac' && top === 'body') {
        cases.pop();
        return;
      }
      if (isReserved(v)) return;
    }
    if (subs) (this.wordSubs ??= [])[this.words.length] = subs;
    this.words.push(w);
  }

  private other(subs: number[]): void {
    if (this.otherSubs) for (const x of subs) this.otherSubs.push(x);
    else this.otherSubs = subs;
  }

  // ---- operators

  private op(op: string, i: number): number {
    this.flush();
    const cases = this.cases;
    const top = cases && cases.length > 0 ? cases[cases.length - 1] : undefined;
    if (top === 'head') return i + op.length;
    if (cases && top === 'pattern') {
      if (op === ')') cases[cases.length - 1] = 'body';
      return i + op.length;
    }
    const pipe = op === '|' || op === '|&';
    this.end(pipe);
    this.pipedIn = pipe;
    if (pipe) this.out.pipes.push([this.at(i), this.at(i + op.length - 1) + 1]);
    if (op === '(') this.parens++;
    else if (op === ')') this.parens = Math.max(0, this.parens - 1);
    else if (cases && top === 'body' && (op === ';;' || op === ';&' || op === ';;&')) {
      cases[cases.length - 1] = 'pattern';
    }
    return i + op.length;
  }

  private redirect(_op: string, i: number): number {
    this.flush();
    this.redirTarget = 1;
    return i + _op.length;
  }

  /** Source offset of `s[i]`; a cursor in the run table follows the reading, which goes forward. */
  private at(i: number): number {
    const k = (i < this.n ? i : this.n - 1) + this.src.shift;
    const runs = this.src.runs;
    let r = this.run;
    if ((runs[r] as number) > k) r = 0;
    while (r + 2 < runs.length && (runs[r + 2] as number) <= k) r += 2;
    this.run = r;
    return (runs[r + 1] as number) + k - (runs[r] as number);
  }

  // ---- commands

  /** Ends the current simple command. */
  private end(pipedOut: boolean): void {
    const words = this.words;
    const head = words[0];
    let emit = words.length > 0;
    if (head && !head.quoted && (head.value === 'for' || head.value === 'select')) {
      // `for NAME in WORDS` names no program.
      if (this.wordSubs) for (const subs of this.wordSubs) if (subs) this.other(subs);
      this.wordSubs = undefined;
      emit = false;
    }
    if (emit) {
      this.command(words, pipedOut);
    } else {
      if (this.otherSubs) this.readSubs(this.otherSubs, false);
      // `RUN <<EOF`: the heredoc is the script.
      if (this.cmdHeredocs) {
        for (const h of this.cmdHeredocs) {
          h.runs = true;
          h.depth = this.depth;
          this.heredocFor(h);
        }
      }
      if (!pipedOut) {
        this.pipelineStart = undefined;
        this.pipelineId = -1;
      }
    }
    if (words.length > 0) this.words = [];
    this.wordSubs = undefined;
    this.otherSubs = undefined;
    this.cmdHeredocs = undefined;
  }

  /** Adds a simple command of these words, then the scripts it runs. */
  command(words: ShellWord[], pipedOut: boolean): void {
    const out = this.out;
    const cmd = resolveCommand(words, this.depth);
    const script = this.posix || isShell(cmd.name) ? scriptWord(cmd) : undefined;
    // Substitutions run before the command; the script word's are read again with the script.
    if (this.otherSubs) this.readSubs(this.otherSubs, false);
    const wordSubs = this.wordSubs;
    if (wordSubs) {
      for (let k = 0; k < words.length; k++) {
        const subs = wordSubs[k];
        if (!subs) continue;
        const w = words[k] as ShellWord;
        w.substitutions = this.readSubs(subs, w === script);
      }
    }
    if (this.pipelineId < 0) this.pipelineId = out.nextPipeline++;
    cmd.pipeline = this.pipelineId;
    cmd.pipedIn = this.pipedIn;
    cmd.piped = this.pipedIn || pipedOut;
    cmd.subshell = this.parens > 0;
    cmd.first = !this.seen && this.depth === 0;
    this.seen = true;
    out.commands.push(cmd);
    if (pipedOut && this.pipelineStart === undefined) this.pipelineStart = cmd.range[0];
    if (!pipedOut) {
      if (this.pipelineStart !== undefined) out.pipelines.push([this.pipelineStart, cmd.range[1]]);
      this.pipelineStart = undefined;
      this.pipelineId = -1;
    }
    if (script && this.depth < MAX_DEPTH) {
      const inner = wordScript(script);
      if (inner) new Reader(inner, this.depth + 1, out, false, undefined).read();
    }
    if (this.cmdHeredocs) {
      const runs = runsStdinAsScript(cmd);
      for (const h of this.cmdHeredocs) {
        h.cmd = cmd;
        h.runs = runs;
        h.depth = this.depth + 1;
        this.heredocFor(h);
      }
    }
  }

  /**
   * A heredoc of the current command: the instruction's own bodies are known at once (the RUN line's `<<` in
   * order); a heredoc inside a script has its body after the next line break.
   */
  private heredocFor(h: PendingHeredoc): void {
    const top = this.heredocs;
    if (top && this.depth === 0) {
      const body = top[this.topHeredocs++];
      if (!body || !h.runs || body.range[1] <= body.range[0] || !isShellScript(body.content)) return;
      const src: Source = { text: body.content, runs: [0, body.range[0]], shift: 0, posix: this.posix };
      if (h.depth <= MAX_DEPTH) new Reader(src, h.depth, this.out, this.out.commands.length === 0, undefined).read();
      return;
    }
    h.at = this.out.commands.length;
    if (this.pending) this.pending.push(h);
    else this.pending = [h];
  }

  /** Reads the bodies of the heredocs opened on the line that just ended; returns where the script goes on. */
  private readBodies(from: number): number {
    const s = this.s;
    const n = this.n;
    let i = from;
    let shift = 0;
    for (const h of this.pending ?? []) {
      const start = i;
      let end = n;
      while (i < n) {
        let j = s.indexOf('\n', i);
        if (j < 0) j = n;
        let e = j;
        if (e > i && s.charCodeAt(e - 1) === 13) e--;
        let b = i;
        if (h.strip) while (b < e && s.charCodeAt(b) === 9) b++;
        if (e - b === h.delim.length && s.startsWith(h.delim, b)) {
          end = i;
          i = j + 1;
          break;
        }
        i = j + 1;
      }
      if (!h.runs || h.depth > MAX_DEPTH) continue;
      const bodyEnd = Math.max(start, Math.min(end, n) - 1);
      const body = slice(this.src, start, bodyEnd);
      if (body.text === '' || !isShellScript(body.text)) continue;
      // The script goes right after the command that reads it.
      const out = this.out;
      const tail = out.commands.splice(h.at + shift);
      const before = out.commands.length;
      new Reader(body, h.depth, out, false, undefined).read();
      shift += out.commands.length - before;
      for (const c of tail) out.commands.push(c);
    }
    this.pending = undefined;
    return Math.min(i, n);
  }

  /**
   * Reads substitutions (`from, to` pairs of this source) into the output, or apart from it when `detached` (those
   * of a word read again as a nested script).
   */
  private readSubs(subs: readonly number[], detached: boolean): ShellCommand[][] {
    if (subs.length === 0 || this.depth >= MAX_DEPTH) return NONE as unknown as ShellCommand[][];
    const lists: ShellCommand[][] = [];
    for (let k = 0; k < subs.length; k += 2) {
      const src = slice(this.src, subs[k] as number, subs[k + 1] as number);
      const target: Out = detached
        ? { commands: [], pipes: [], pipelines: [], posix: this.posix, nextPipeline: this.out.nextPipeline }
        : this.out;
      const before = target.commands.length;
      new Reader(src, this.depth + 1, target, false, undefined).read();
      if (detached) this.out.nextPipeline = target.nextPipeline;
      lists.push(target.commands.slice(before));
    }
    return lists;
  }
}

function isDigits(v: string): boolean {
  if (v === '') return false;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function redirection(s: string, i: number): string {
  const a = s[i];
  const b = s[i + 1];
  if (a === '<') {
    if (b === '<') return s[i + 2] === '<' ? '<<<' : s[i + 2] === '-' ? '<<-' : '<<';
    return b === '>' ? '<>' : b === '&' ? '<&' : '<';
  }
  return b === '>' ? '>>' : b === '|' ? '>|' : b === '&' ? '>&' : '>';
}

/** Index of the `)` that closes a `(` opened just before `from`, skipping quotes and nested parentheses. */
function closingParen(s: string, from: number): number {
  let depth = 1;
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 92) i += 2;
    else if (c === 39) {
      const j = s.indexOf("'", i + 1);
      i = j < 0 ? s.length : j + 1;
    } else if (c === 34) {
      i++;
      while (i < s.length && s.charCodeAt(i) !== 34) i += s.charCodeAt(i) === 92 ? 2 : 1;
      i++;
    } else if (c === 40) {
      depth++;
      i++;
    } else if (c === 41) {
      if (--depth === 0) return i;
      i++;
    } else i++;
  }
  return s.length;
}

function closingBrace(s: string, from: number): number {
  let depth = 1;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && --depth === 0) return i;
  }
  return s.length;
}

function closingBacktick(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 96) return i;
  }
  return s.length;
}

// ---------------------------------------------------------------------------------------------------------------
// Commands: assignments, wrappers, the program

/** Wrappers that run the command given after their own options; `value`: short options that take a value. */
const WRAPPERS = new Map<string, { value?: string; longValue?: readonly string[]; positionals?: number }>(
  Object.entries({
    sudo: {
      value: 'ugpChDrtUT',
      longValue: ['user', 'group', 'host', 'prompt', 'close-from', 'chdir', 'role', 'type'],
    },
    doas: { value: 'uC' },
    env: { value: 'uCS', longValue: ['unset', 'chdir', 'split-string'] },
    exec: { value: 'a' },
    command: {},
    builtin: {},
    nohup: {},
    time: {},
    chronic: {},
    nice: { value: 'n', longValue: ['adjustment'] },
    ionice: { value: 'cnp', longValue: ['class', 'classdata', 'pid'] },
    eatmydata: {},
    stdbuf: { value: 'ioe', longValue: ['input', 'output', 'error'] },
    timeout: { value: 'sk', longValue: ['signal', 'kill-after'], positionals: 1 },
    xargs: {
      value: 'IiEeLlnPsda',
      longValue: ['replace', 'eof', 'max-lines', 'max-args', 'max-procs', 'max-chars', 'delimiter', 'arg-file'],
    },
    gosu: { positionals: 1 },
    'su-exec': { positionals: 1 },
  }),
);

/** First characters of the wrappers: a cheap test before hashing a fresh string, for every command. */
const WRAPPERS_FIRST = firstChars(WRAPPERS.keys());

function firstChars(words: Iterable<string>): Uint8Array {
  const t = new Uint8Array(128);
  for (const w of words) t[w.charCodeAt(0)] = 1;
  return t;
}

function resolveCommand(words: ShellWord[], depth: number): ShellCommand {
  let i = 0;
  while (i < words.length && isAssignment(words[i] as ShellWord)) i++;
  const assignments = i === 0 ? (NONE as readonly ShellWord[]) : words.slice(0, i);
  let env: ShellWord[] | undefined;
  let wrappers: ShellWord[] | undefined;
  let name = '';
  for (;;) {
    const w = words[i];
    if (!w) break;
    const base = baseName(w.value);
    name = base;
    const spec = WRAPPERS_FIRST[base.charCodeAt(0)] === 1 ? WRAPPERS.get(base) : undefined;
    if (!spec) break;
    // `command -v curl` asks whether curl exists; it does not run it.
    if (base === 'command' && /^-[a-zA-Z]*[vV]/.test(words[i + 1]?.value ?? '')) break;
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
      } else if (v.length > 1 && v.charCodeAt(0) === 45) {
        // In a cluster, the first letter that takes a value takes the rest, or the next word when it is last.
        let taker = -1;
        for (let k = 1; k < v.length; k++) {
          if (spec.value?.includes(v[k] as string)) {
            taker = k;
            break;
          }
        }
        j += taker === v.length - 1 ? 2 : 1;
      } else break;
    }
    // `sudo A=1 cmd`, `env A=1 cmd`: the wrapper reads the assignments itself, quoted or not.
    const after: ShellWord[] = [];
    while (j < words.length && ENV_ASSIGNMENT.test((words[j] as ShellWord).value)) after.push(words[j++] as ShellWord);
    j += spec.positionals ?? 0;
    if (j >= words.length) break;
    (wrappers ??= []).push(w);
    if (after.length > 0) env = [...(env ?? assignments), ...after];
    i = j;
  }
  const nameWord = words[i];
  const from = nameWord ?? (words[0] as ShellWord);
  const to = words[words.length - 1] as ShellWord;
  // Every command has the same fields (nameWord too, when undefined): one object shape for the rules' loops.
  return {
    words,
    assignments,
    env: env ?? assignments,
    wrappers: wrappers ?? (NONE as readonly ShellWord[]),
    name: nameWord ? name : '',
    nameWord,
    args: nameWord ? words.slice(i + 1) : (NONE as readonly ShellWord[]),
    range: [from.range[0], Math.max(from.range[1], to.range[1])],
    depth,
    pipeline: 0,
    piped: false,
    pipedIn: false,
    subshell: false,
    first: false,
  };
}

const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** `NAME=value` (or `NAME[i]=`, `NAME+=`) with the name unquoted; `"A=b"` is a word, not an assignment. */
function isAssignment(w: ShellWord): boolean {
  if (w.literal) return false;
  const v = w.value;
  if (!isNameStart(v.charCodeAt(0))) return false;
  let k = 1;
  while (k < v.length && isNameChar(v.charCodeAt(k))) k++;
  if (v.charCodeAt(k) === 91 /* [ */) {
    const close = v.indexOf(']', k);
    if (close < 0) return false;
    k = close + 1;
  }
  if (v.charCodeAt(k) === 43 /* + */) k++;
  if (v.charCodeAt(k) !== 61 /* = */) return false;
  return w.firstQuoted < 0 || w.firstQuoted >= k;
}

/** The script a command runs from a word: `sh -c '...'`, `bash -ec "..."`, `su -c '...'`, `eval '...'`. */
export function scriptWord(cmd: ShellCommand): ShellWord | undefined {
  const args = cmd.args;
  if (isShell(cmd.name)) {
    let c = false;
    for (let i = 0; i < args.length; i++) {
      const v = (args[i] as ShellWord).value;
      if (v === '--') return c ? args[i + 1] : undefined;
      if ((v.startsWith('-') || v.startsWith('+')) && v.length > 1) {
        if (v.startsWith('--')) continue;
        if (v.includes('c', 1)) c = true;
        if (v === '-o' || v === '+o' || v === '-O' || v === '+O') i++;
        continue;
      }
      return c ? args[i] : undefined;
    }
    return undefined;
  }
  if (cmd.name === 'su' || cmd.name === 'runuser') {
    for (let i = 0; i < args.length; i++) {
      const w = args[i] as ShellWord;
      if (w.value === '-c' || w.value === '--command') return args[i + 1];
      if (w.value.startsWith('--command=') && (w.literal || w.firstQuoted < 0 || w.firstQuoted >= 10)) {
        const skip = '--command='.length;
        return {
          ...w,
          value: w.value.slice(skip),
          firstQuoted: w.firstQuoted < 0 ? -1 : w.firstQuoted - skip,
          start: w.start + skip,
        };
      }
    }
    return undefined;
  }
  if (cmd.name === 'eval' && args.length === 1) return args[0];
  return undefined;
}

/** The value of a word as script text, with the source offset of each character. */
function wordScript(w: ShellWord): Source | undefined {
  if (w.value === '') return undefined;
  if (w.literal) return slice(w.source, w.start, w.end);
  const src = Reader.valueOf(slice(w.source, w.start, w.end));
  return src.text === w.value ? src : undefined;
}

/** `RUN <<EOF` (no command) and `bash -e <<EOF` run the heredoc as a script; `cat <<EOF > f` writes data. */
function runsStdinAsScript(cmd: ShellCommand): boolean {
  if (!cmd.nameWord) return true;
  if (!isShell(cmd.name)) return false;
  for (const w of cmd.args) if (!w.value.startsWith('-')) return false;
  return true;
}

function isShellScript(content: string): boolean {
  if (!content.startsWith('#!')) return true;
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(content);
  if (!shebang) return true;
  const interp = baseName(shebang[1] as string);
  return SHELLS.has((interp === 'env' ? shebang[2] : interp) ?? '');
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
  long: boolean;
  value?: string;
  word: ShellWord;
  /** The word that holds the value, when it is the next word. */
  valueWord?: ShellWord;
}

export interface ParsedArgs {
  options: ParsedOption[];
  /** Words that are not options or option values, in order. */
  positionals: ShellWord[];
}

/** Splits a command's arguments into options and positionals, getopt style (`-fmy` is `-f -m -y`). */
export function parseOptions(args: readonly ShellWord[], spec: OptionSpec = {}): ParsedArgs {
  // Read once: the option tables come in many shapes, and these lookups run for every argument.
  const shortValue = spec.short;
  const longValue = spec.long;
  const options: ParsedOption[] = [];
  const positionals: ShellWord[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i] as ShellWord;
    const v = w.value;
    if (v.charCodeAt(0) !== 45 || v.length < 2) {
      positionals.push(w);
      continue;
    }
    if (v === '--') {
      for (let k = i + 1; k < args.length; k++) positionals.push(args[k] as ShellWord);
      break;
    }
    if (v.charCodeAt(1) === 45) {
      const eq = v.indexOf('=');
      if (eq > 0) options.push(option(v.slice(2, eq), true, w, v.slice(eq + 1), undefined));
      else if (longValue?.includes(v.slice(2)) && i + 1 < args.length) {
        const next = args[++i] as ShellWord;
        options.push(option(v.slice(2), true, w, next.value, next));
      } else options.push(option(v.slice(2), true, w, undefined, undefined));
    } else if (!w.dynamic) {
      for (let k = 1; k < v.length; k++) {
        const letter = v[k] as string;
        if (shortValue?.includes(letter)) {
          const rest = v.slice(v.charCodeAt(k + 1) === 61 ? k + 2 : k + 1);
          if (rest) options.push(option(letter, false, w, rest, undefined));
          else if (i + 1 < args.length) {
            const next = args[++i] as ShellWord;
            options.push(option(letter, false, w, next.value, next));
          } else options.push(option(letter, false, w, undefined, undefined));
          break;
        }
        options.push(option(letter, false, w, undefined, undefined));
      }
    } else positionals.push(w);
  }
  return { options, positionals };
}

/** Options all have the same fields, for the rules' loops over them. */
function option(
  name: string,
  long: boolean,
  word: ShellWord,
  value: string | undefined,
  valueWord: ShellWord | undefined,
): ParsedOption {
  return { name, long, value, word, valueWord };
}

export function hasOption(parsed: ParsedArgs, ...names: string[]): boolean {
  return parsed.options.some((o) => names.includes(o.name));
}

/**
 * The options of a command named `short` (letters) or `long`, read with `spec` (which of the command's options take a
 * value, so that `-o k` is not `-k`). Options after `--` are operands.
 */
export function findOptions(
  args: readonly ShellWord[],
  find: { short?: string; long?: readonly string[] },
  spec: OptionSpec = {},
): ParsedOption[] {
  // The same reading as `parseOptions`, keeping only the options asked for.
  const shortValue = spec.short;
  const longValue = spec.long;
  const shortWanted = find.short;
  const longWanted = find.long;
  const out: ParsedOption[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i] as ShellWord;
    const v = w.value;
    if (v.charCodeAt(0) !== 45 || v.length < 2) continue;
    if (v === '--') break;
    if (v.charCodeAt(1) === 45) {
      const eq = v.indexOf('=');
      const name = eq > 0 ? v.slice(2, eq) : v.slice(2);
      const wanted = longWanted?.includes(name) ?? false;
      if (eq > 0) {
        if (wanted) out.push(option(name, true, w, v.slice(eq + 1), undefined));
      } else if (longValue?.includes(name) && i + 1 < args.length) {
        const next = args[++i] as ShellWord;
        if (wanted) out.push(option(name, true, w, next.value, next));
      } else if (wanted) out.push(option(name, true, w, undefined, undefined));
    } else if (!w.dynamic) {
      for (let k = 1; k < v.length; k++) {
        const letter = v[k] as string;
        const wanted = shortWanted?.includes(letter) ?? false;
        if (shortValue?.includes(letter)) {
          const rest = v.slice(v.charCodeAt(k + 1) === 61 ? k + 2 : k + 1);
          if (rest) {
            if (wanted) out.push(option(letter, false, w, rest, undefined));
          } else if (i + 1 < args.length) {
            const next = args[++i] as ShellWord;
            if (wanted) out.push(option(letter, false, w, next.value, next));
          } else if (wanted) out.push(option(letter, false, w, undefined, undefined));
          break;
        }
        if (wanted) out.push(option(letter, false, w, undefined, undefined));
      }
    }
  }
  return out;
}

/** The operands of a command: arguments that are neither options nor option values. */
export function operands(args: readonly ShellWord[], spec: OptionSpec = {}): ShellWord[] {
  return parseOptions(args, spec).positionals;
}

/** The option's word, and the next word when that holds its value. */
export function optionWords(o: ParsedOption): ShellWord[] {
  return o.valueWord ? [o.word, o.valueWord] : [o.word];
}

/** The commands of each pipeline, in order. */
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
  const last = words[words.length - 1];
  return first && last ? [first.range[0], last.range[1]] : [0, 0];
}

// ---------------------------------------------------------------------------------------------------------------
// Assignments and ENV/ARG/LABEL pairs

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
  let name = word.value.slice(0, eq);
  if (name.endsWith('+')) name = name.slice(0, -1);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return undefined;
  // Unless quoting starts before it, the `=` is at the same place in the word as written.
  const direct = word.literal || word.firstQuoted < 0 || word.firstQuoted > eq;
  const value = direct ? undefined : wordScript(word);
  const at = direct ? offsetAt(word.source, word.start + eq) : value ? offsetAt(value, eq) : word.range[1];
  return { name, value: word.value.slice(eq + 1), word, nameRange: [word.range[0], at] };
}

/**
 * Environment variables a command sets: `NAME=v cmd`, a bare `NAME=v`, `env NAME=v cmd`, and the operands of
 * `export`, `declare -x` and `typeset -x`.
 */
export function assignmentsOf(cmd: ShellCommand): Assignment[] {
  const out: Assignment[] = [];
  for (const w of cmd.env) {
    const a = splitAssignment(w);
    if (a) out.push(a);
  }
  const name = cmd.name;
  if (
    name === 'export' ||
    ((name === 'declare' || name === 'typeset') && cmd.args.some((w) => /^-[a-zA-Z]*x/.test(w.value)))
  ) {
    for (const w of cmd.args) {
      if (w.value.startsWith('-')) continue;
      const a = splitAssignment(w);
      if (a) out.push(a);
    }
  }
  return out;
}

export interface KeyValue {
  key: string;
  /** Undefined for `ARG NAME` without a default. */
  value: string | undefined;
  keyRange: Range;
  /** The whole `key=value` (or `key value`) as written. */
  range: Range;
  valueRange?: Range;
}

/**
 * The pairs of an ENV, ARG or LABEL instruction with quotes removed: `ENV A=1 B="two words"`, the legacy
 * `ENV KEY value with spaces`, `ARG NAME` and `ARG NAME=default`. Read once per instruction.
 */
export function keyValues(doc: DockerfileDoc, ins: DockerfileInstruction): readonly KeyValue[] {
  const cache = cacheOf(doc).keyValues;
  let kvs = cache.get(ins);
  if (!kvs) {
    kvs = readKeyValues(doc, ins);
    cache.set(ins, kvs);
  }
  return kvs;
}

interface PlainWord {
  value: string;
  range: Range;
  /** Source offset of the first `=` of the value, -1 when there is none. */
  eq: number;
  end: number;
}

function readKeyValues(doc: DockerfileDoc, ins: DockerfileInstruction): KeyValue[] {
  const out: KeyValue[] = [];
  const first = argumentsStart(ins);
  if (first < 0) return out;
  const src = logicalSource(doc.text, first, doc.escape.charCodeAt(0), true);
  const escape = doc.escape === '\\';
  const s = src.text;
  const words: PlainWord[] = [];
  for (let i = skipBlanks(s, 0); i < s.length; i = skipBlanks(s, i)) {
    const w = readPlainWord(src, i, escape);
    words.push(w);
    i = w.end;
  }
  const head = words[0];
  if (!head) return out;
  // Docker reads `ENV KEY value` (legacy) when the first word has no `=`: the rest of the line, quotes removed, is
  // the value, blanks between words kept.
  if (ins.keyword === 'ENV' && head.eq < 0) {
    let value = '';
    for (let k = 1; k < words.length; k++) {
      const w = words[k] as PlainWord;
      if (k > 1) value += s.slice((words[k - 1] as PlainWord).end, skipBlanks(s, (words[k - 1] as PlainWord).end));
      value += w.value;
    }
    const second = words[1];
    const last = words[words.length - 1] as PlainWord;
    out.push({
      key: head.value,
      value,
      keyRange: head.range,
      range: [head.range[0], last.range[1]],
      valueRange: second ? [second.range[0], last.range[1]] : undefined,
    });
    return out;
  }
  for (const w of words) {
    const eq = w.value.indexOf('=');
    if (eq < 0) {
      out.push({ key: w.value, value: undefined, keyRange: w.range, range: w.range, valueRange: undefined });
      continue;
    }
    out.push({
      key: w.value.slice(0, eq),
      value: w.value.slice(eq + 1),
      keyRange: [w.range[0], w.eq],
      range: w.range,
      valueRange: [w.eq + 1, w.range[1]],
    });
  }
  return out;
}

function skipBlanks(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    i++;
  }
  return i;
}

/** A word as Docker reads ENV, ARG and LABEL values: quotes and backslash escapes only. */
function readPlainWord(src: Source, start: number, escape: boolean): PlainWord {
  const s = src.text;
  const n = s.length;
  let value = '';
  let eq = -1;
  const append = (from: number, to: number) => {
    if (to <= from) return;
    if (eq < 0) {
      const at = s.indexOf('=', from);
      if (at >= 0 && at < to) eq = offsetAt(src, at);
    }
    value += s.slice(from, to);
  };
  let i = start;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) break;
    if (escape && c === 92) {
      append(i + 1, Math.min(i + 2, n));
      i += 2;
    } else if (c === 39) {
      const close = s.indexOf("'", i + 1);
      const to = close < 0 ? n : close;
      append(i + 1, to);
      i = to + 1;
    } else if (c === 34) {
      i++;
      let from = i;
      while (i < n && s.charCodeAt(i) !== 34) {
        if (escape && s.charCodeAt(i) === 92 && i + 1 < n && '$`"\\'.includes(s[i + 1] as string)) {
          append(from, i);
          append(i + 1, i + 2);
          i += 2;
          from = i;
          continue;
        }
        i++;
      }
      append(from, Math.min(i, n));
      i++;
    } else {
      let j = i + 1;
      while (j < n) {
        const d = s.charCodeAt(j);
        if (d === 32 || d === 9 || d === 10 || d === 13 || d === 34 || d === 39 || (escape && d === 92)) break;
        j++;
      }
      append(i, j);
      i = j;
    }
  }
  const end = Math.min(i, n);
  return { value, range: [offsetAt(src, start), offsetAt(src, end - 1) + 1], eq, end };
}

// ---------------------------------------------------------------------------------------------------------------
// Stages, shells and variables

/** The stage a FROM names when it builds on an earlier stage (`FROM build AS test`). */
export function parentStage(doc: DockerfileDoc, stage: DockerfileStage): DockerfileStage | undefined {
  if (!stage.from.stageRef) return undefined;
  const name = stage.from.image.toLowerCase();
  for (let k = stage.index - 1; k >= 0; k--) {
    const s = doc.stages[k] as DockerfileStage;
    if (s.from.alias?.toLowerCase() === name) return s;
  }
  return undefined;
}

/**
 * Stages whose filesystem ends up in the built image: the final stage and the stages it is built FROM. Files left in
 * other stages (builders read with COPY --from) are discarded.
 */
export function imageStages(doc: DockerfileDoc): Set<number> {
  const out = new Set<number>();
  let s = doc.stages[doc.stages.length - 1];
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
    let shell: string[] | undefined;
    for (const i of stage.instructions) {
      if (i.range[0] >= limit) break;
      if (i.keyword === 'SHELL' && i.json) shell = i.json;
    }
    if (shell) return shell;
    limit = Number.POSITIVE_INFINITY;
    stage = parentStage(doc, stage);
  }
  return undefined;
}

/** Windows stages run cmd or PowerShell: a backtick escape, a Windows base image, or a non-POSIX SHELL. */
export function isPosixShellAt(doc: DockerfileDoc, ins: DockerfileInstruction): boolean {
  const cache = cacheOf(doc);
  let byStage = cache.posixByStage;
  if (byStage === undefined) {
    // Without SHELL instructions the answer depends on the stage only.
    byStage = doc.instructions.some((i) => i.keyword === 'SHELL') ? null : new Map();
    cache.posixByStage = byStage;
  }
  const known = byStage?.get(ins.stage);
  if (known !== undefined) return known;
  const posix = computePosix(doc, ins);
  byStage?.set(ins.stage, posix);
  return posix;
}

function computePosix(doc: DockerfileDoc, ins: DockerfileInstruction): boolean {
  const shell = shellAt(doc, ins);
  if (shell?.[0]) return !NON_POSIX_SHELLS.test(baseName(shell[0]));
  if (doc.escape === '`') return false;
  let stage = doc.stages[ins.stage];
  const seen = new Set<number>();
  while (stage && !seen.has(stage.index)) {
    seen.add(stage.index);
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
    let type: string | undefined;
    let target: string | undefined;
    for (const kv of f.value.split(',')) {
      const eq = kv.indexOf('=');
      const key = eq < 0 ? kv : kv.slice(0, eq);
      const value = eq < 0 ? '' : kv.slice(eq + 1);
      if (key === 'type') type = value;
      else if (key === 'target' || key === 'dst' || key === 'destination') target = value;
    }
    if ((type === 'cache' || type === 'tmpfs') && target) out.push(target.replace(/\/+$/, ''));
  }
  return out;
}

/**
 * The build variables known statically before an instruction: global ARG defaults (a stage sees them when it
 * redeclares `ARG NAME`), the ARG defaults and ENV values of its stage and of the stages it is built FROM, in
 * order, each expanded with the values before it. A variable without a known value is absent.
 */
export function variablesAt(doc: DockerfileDoc, ins: DockerfileInstruction): Map<string, string> {
  const vars = new Map<string, string>();
  if (ins.stage < 0) {
    for (const [k, v] of doc.globalArgs) if (v !== undefined) vars.set(k, v);
    return vars;
  }
  const chain: DockerfileStage[] = [];
  for (let s = doc.stages[ins.stage]; s && !chain.includes(s); s = parentStage(doc, s)) chain.unshift(s);
  for (const stage of chain) {
    for (const i of stage.instructions) {
      if (i.range[0] >= ins.range[0]) break;
      if (i.keyword !== 'ARG' && i.keyword !== 'ENV') continue;
      for (const kv of keyValues(doc, i)) {
        if (kv.value === undefined) {
          const global = i.keyword === 'ARG' ? doc.globalArgs.get(kv.key) : undefined;
          if (global !== undefined) vars.set(kv.key, global);
          continue;
        }
        vars.set(kv.key, kv.value.includes('$') ? expandArgs(kv.value, vars).value : kv.value);
      }
    }
  }
  return vars;
}
