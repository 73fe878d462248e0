import { SourceFile, type SourceNode } from '../../core/location.js';
import { splitWords } from '../controlplane/words.js';
import { logicalLines } from '../logical-lines.js';
import { type DockerdArg, isDockerd, splitProcCmdline } from './flags.js';

/**
 * A file that gives dockerd its command line: a copy of `/proc/<pid>/cmdline` (NUL-separated), a shell command line
 * (`dockerd --icc=false …`, as `ps -o args` prints it), a systemd unit or drop-in (`ExecStart=/usr/bin/dockerd …`,
 * `Environment=`, `EnvironmentFile=`), or an environment file whose variables a unit or init script expands
 * (`DOCKER_OPTS=` in /etc/default/docker, `OPTIONS=` in /etc/sysconfig/docker).
 */
export interface DockerdCommandFile {
  file: SourceFile;
  /** dockerd's arguments after the program, with `$VAR` references left for `dockerdArgs` to expand. */
  command?: { program: string; parts: ({ arg: DockerdArg } | { variable: string })[]; node: SourceNode };
  /** Variables this file defines, each split into arguments. */
  variables: Map<string, DockerdArg[]>;
  /** `EnvironmentFile=` paths named by a unit, a leading `-` removed. */
  environmentFiles: string[];
}

const DIRECTIVE = /^\s*(Environment|EnvironmentFile|ExecStart)\s*=\s*/;
const ASSIGNMENT = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)=/;

/** Whether this text is a dockerd command line in one of the forms `parseDockerdCommandFile` reads. */
export function looksLikeDockerdCommand(text: string): boolean {
  const head = text.slice(0, 65536);
  if (head.includes('\0')) return isDockerd(splitProcCmdline(head)[0]);
  if (/^\s*ExecStart\s*=\s*[-@+!:]*\S*\bdockerd(\s|$)/m.test(head)) return true;
  if (/^\s*(export\s+)?DOCKER_OPTS\s*=/m.test(head)) return true;
  const first = head.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#'));
  return first !== undefined && /^\s*\S*\bdockerd(\s|$)/.test(first) && !/^\s*\S*dockerd\S*\s*[:=]/.test(first);
}

export function parseDockerdCommandFile(text: string, uri: string): DockerdCommandFile {
  const file = new SourceFile(uri, text);
  const out: DockerdCommandFile = { file, variables: new Map(), environmentFiles: [] };
  if (text.includes('\0')) {
    let offset = 0;
    const words: { text: string; node: SourceNode }[] = [];
    for (const part of splitProcCmdline(text)) {
      words.push({ text: part, node: { file, range: [offset, offset + part.length] } });
      offset += part.length + 1;
    }
    const [program, ...rest] = words;
    if (program) out.command = { program: program.text, parts: rest.map((arg) => ({ arg })), node: program.node };
    return out;
  }
  for (const { line, start } of logicalLines(text)) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';') || trimmed.startsWith('[')) continue;
    const directive = DIRECTIVE.exec(line);
    if (directive) {
      const valueStart = start + directive[0].length;
      const value = line.slice(directive[0].length);
      if (directive[1] === 'EnvironmentFile') out.environmentFiles.push(value.trim().replace(/^-/, ''));
      else if (directive[1] === 'Environment') {
        for (const w of splitWords(value, valueStart)) {
          const eq = w.text.indexOf('=');
          if (eq > 0) out.variables.set(w.text.slice(0, eq), valueArgs(file, w, eq + 1));
        }
      } else {
        const words = splitWords(
          value.replace(/^[-@+!:]+/, (p) => ' '.repeat(p.length)),
          valueStart,
        );
        // An empty `ExecStart=` resets the command (how a drop-in replaces the unit's).
        if (words.length === 0) out.command = undefined;
        else if (isDockerd(words[0]?.text)) out.command = command(file, words);
      }
      continue;
    }
    const assignment = ASSIGNMENT.exec(line);
    if (assignment) {
      const valueStart = start + assignment[0].length;
      const words = splitWords(line.slice(assignment[0].length), valueStart);
      out.variables.set(
        assignment[1] as string,
        words.flatMap((w) => valueArgs(file, w, 0)),
      );
      continue;
    }
    const words = splitWords(line, start);
    if (isDockerd(words[0]?.text)) out.command = command(file, words);
  }
  return out;
}

function command(file: SourceFile, words: { text: string; range: readonly [number, number] }[]) {
  const [program, ...rest] = words;
  return {
    program: program?.text ?? 'dockerd',
    node: { file, range: program?.range ?? [0, 0] } as SourceNode,
    parts: rest.map((w) => {
      const ref = /^\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(w.text);
      return ref ? { variable: ref[1] as string } : { arg: { text: w.text, node: { file, range: w.range } } };
    }),
  };
}

/** The arguments in one word (`"--a=b --c=d"` holds two, split again as an unquoted expansion is). */
function valueArgs(file: SourceFile, w: { text: string; range: readonly [number, number] }, skip: number) {
  const raw = file.text.slice(w.range[0], w.range[1]);
  const unquoted = /^(["']).*\1$/s.test(raw) ? raw.slice(1, -1) : raw;
  const value = w.text.slice(skip);
  if (unquoted === w.text) {
    const base = w.range[0] + (unquoted === raw ? 0 : 1) + skip;
    return splitWords(value, base).map((v) => ({ text: v.text, node: { file, range: v.range } as SourceNode }));
  }
  return value
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, node: { file, range: w.range } as SourceNode }));
}

/**
 * dockerd's arguments from one or more command files: the command (the last file that has one, as a drop-in
 * overrides its unit) with its `$VAR`s expanded from the files' variables, later files overriding earlier ones.
 * Without a command, the `DOCKER_OPTS` / `OPTIONS` variables an init script passes.
 */
export function dockerdArgs(files: readonly DockerdCommandFile[]): {
  args: DockerdArg[];
  unresolved: string[];
  /** Where the command is written: the program word. */
  node?: SourceNode;
  found: boolean;
} {
  const variables = new Map<string, DockerdArg[]>();
  for (const f of files) for (const [k, v] of f.variables) variables.set(k, v);
  const withCommand = files.filter((f) => f.command);
  const cmd = withCommand.at(-1)?.command;
  if (cmd) {
    const args: DockerdArg[] = [];
    const unresolved: string[] = [];
    for (const p of cmd.parts) {
      if ('arg' in p) args.push(p.arg);
      else {
        const v = variables.get(p.variable);
        if (v) args.push(...v);
        else unresolved.push(p.variable);
      }
    }
    return { args, unresolved, node: cmd.node, found: true };
  }
  const opts = variables.get('DOCKER_OPTS') ?? variables.get('OPTIONS');
  if (opts) return { args: opts, unresolved: [], node: opts[0]?.node, found: true };
  return { args: [], unresolved: [], found: false };
}
