import type { SourceNode } from '../../core/location.js';
import { type DockerdOption, optionOfFlag, optionOfShorthand } from './options.js';

/** One argument of dockerd's command line; `node` when it was read from a file, absent for a live process. */
export interface DockerdArg {
  text: string;
  node?: SourceNode;
}

/** A flag as dockerd reads it. */
export interface DockerdFlag {
  /** The long name, also when written as a shorthand: `host` for `-H`. */
  name: string;
  option?: DockerdOption;
  /** A boolean flag written bare is `true`. */
  value: string;
  /** As written, for evidence: `--icc=false`, `-H unix:///run/docker.sock`. */
  text: string;
  node?: SourceNode;
}

export interface DockerdFlags {
  /** Every occurrence, in order. */
  readonly all: readonly DockerdFlag[];
  /** The last occurrence: the one dockerd keeps for a single-valued flag. */
  get(name: string): DockerdFlag | undefined;
  /** Every occurrence: what a list flag (`-H`, `--insecure-registry`) accumulates. */
  list(name: string): DockerdFlag[];
  /** Arguments dockerd would refuse to start with (unknown flags, positional words). */
  readonly problems: readonly { text: string; node?: SourceNode; message: string }[];
}

/**
 * Parses dockerd's arguments (the program name already removed) as spf13/pflag does: `--a=b`, `--a b` (a non-boolean
 * flag takes the next argument whatever it looks like), `--bool` for true, `-H value`, `-Hvalue`, `-H=value` and
 * grouped boolean shorthands (`-D`).
 */
export function parseDockerdArgs(args: readonly DockerdArg[]): DockerdFlags {
  const all: DockerdFlag[] = [];
  const problems: { text: string; node?: SourceNode; message: string }[] = [];
  const span = (a: DockerdArg, b: DockerdArg | undefined): SourceNode | undefined =>
    a.node && b?.node ? { file: a.node.file, range: [a.node.range[0], b.node.range[1]] } : a.node;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as DockerdArg;
    const text = arg.text;
    if (text === '--') {
      for (const rest of args.slice(i + 1))
        problems.push({ text: rest.text, node: rest.node, message: 'dockerd takes no arguments' });
      break;
    }
    if (text.startsWith('--')) {
      const eq = text.indexOf('=');
      const name = eq < 0 ? text.slice(2) : text.slice(2, eq);
      const option = optionOfFlag(name);
      if (!option) problems.push({ text, node: arg.node, message: `unknown flag: --${name}` });
      if (eq >= 0) {
        all.push({ name, option, value: text.slice(eq + 1), text, node: arg.node });
      } else if (option?.kind === 'bool') {
        all.push({ name, option, value: 'true', text, node: arg.node });
      } else {
        const next = args[i + 1];
        // pflag gives a known flag the next argument whatever it is; an unknown one is guessed to take a value
        // when the next argument is not a flag.
        if (next && (option || !next.text.startsWith('-'))) {
          all.push({ name, option, value: next.text, text: `${text} ${next.text}`, node: span(arg, next) });
          i++;
        } else {
          if (option) problems.push({ text, node: arg.node, message: `flag needs an argument: --${name}` });
          all.push({ name, option, value: '', text, node: arg.node });
        }
      }
      continue;
    }
    if (text.startsWith('-') && text.length > 1) {
      // -Dl debug: shorthands in a group, the first one that takes a value takes the rest of the group or the next
      // argument.
      let consumedNext = false;
      for (let j = 1; j < text.length; j++) {
        const short = text[j] as string;
        const option = optionOfShorthand(short);
        const name = option?.flag ?? short;
        if (!option) {
          problems.push({ text, node: arg.node, message: `unknown shorthand flag: '${short}' in ${text}` });
          break;
        }
        if (option.kind === 'bool') {
          const value = text[j + 1] === '=' ? text.slice(j + 2) : 'true';
          all.push({ name, option, value, text, node: arg.node });
          if (text[j + 1] === '=') break;
          continue;
        }
        const rest = text.slice(j + 1);
        if (rest !== '') {
          all.push({ name, option, value: rest.startsWith('=') ? rest.slice(1) : rest, text, node: arg.node });
        } else {
          const next = args[i + 1];
          if (next) {
            all.push({ name, option, value: next.text, text: `${text} ${next.text}`, node: span(arg, next) });
            consumedNext = true;
          } else {
            problems.push({ text, node: arg.node, message: `flag needs an argument: '${short}' in ${text}` });
            all.push({ name, option, value: '', text, node: arg.node });
          }
        }
        break;
      }
      if (consumedNext) i++;
      continue;
    }
    problems.push({ text, node: arg.node, message: `dockerd takes no arguments, but "${text}" is one` });
  }
  const last = new Map<string, DockerdFlag>();
  for (const f of all) last.set(f.name, f);
  return {
    all,
    problems,
    get: (name) => last.get(name),
    list: (name) => all.filter((f) => f.name === name),
  };
}

/** strconv.ParseBool, which pflag uses for boolean flags. */
export function parseBool(value: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/**
 * The arguments of a NUL-separated `/proc/<pid>/cmdline`, program name first. A trailing NUL ends the last one.
 */
export function splitProcCmdline(raw: string): string[] {
  const parts = raw.split('\0');
  if (parts.at(-1) === '') parts.pop();
  return parts;
}

/** Whether an argument vector runs dockerd (`dockerd`, `/usr/bin/dockerd`, `/usr/sbin/dockerd`). */
export function isDockerd(program: string | undefined): boolean {
  return program !== undefined && /(^|\/)dockerd$/.test(program);
}
