// Package-manager invocations found in RUN scripts, for the cache, confirmation and pinning rules.
import {
  commandsByName,
  type DockerfileDoc,
  type DockerfileInstruction,
  type OptionSpec,
  type ParsedArgs,
  parseOptions,
  perDocument,
  type ShellCommand,
  type ShellScript,
  type ShellWord,
  uncommittedMounts,
} from '../../sources/dockerfile/index.js';

export interface ManagerCall {
  ins: DockerfileInstruction;
  script: ShellScript;
  cmd: ShellCommand;
  /** Position of `cmd` in `script.commands`. */
  index: number;
  parsed: ParsedArgs;
  /** The first positional (`install`, `update`, `clean`...), '' when there is none. */
  sub: string;
  /** The positionals after the subcommand: package names, mostly. */
  operands: ShellWord[];
}

/** Options that take a value, per manager, so that values are never read as package names. */
export const OPTIONS = {
  apt: {
    short: 'octa',
    long: ['option', 'config-file', 'target-release', 'default-release', 'host-architecture'],
  },
  apk: {
    short: 'tXp',
    long: ['virtual', 'repository', 'root', 'arch', 'keys-dir', 'repositories-file', 'cache-dir', 'cache-max-age'],
  },
  rpm: {
    short: 'cdexR',
    long: [
      'setopt',
      'enablerepo',
      'disablerepo',
      'installroot',
      'releasever',
      'exclude',
      'repo',
      'repoid',
      'config',
      'downloaddir',
      'destdir',
      'repofrompath',
      'forcearch',
    ],
  },
  zypper: {
    short: 'cRDCrt',
    long: ['config', 'root', 'reposd-dir', 'cache-dir', 'raw-cache-dir', 'repo', 'type', 'from', 'userdata'],
  },
  pip: {
    short: 'rcetifC',
    long: [
      'requirement',
      'constraint',
      'editable',
      'target',
      'index-url',
      'extra-index-url',
      'find-links',
      'config-settings',
      'prefix',
      'root',
      'src',
      'platform',
      'python-version',
      'implementation',
      'abi',
      'no-binary',
      'only-binary',
      'progress-bar',
      'proxy',
      'trusted-host',
      'upgrade-strategy',
      'cert',
      'client-cert',
      'cache-dir',
      'log',
      'timeout',
      'retries',
      'exists-action',
      'report',
      'global-option',
      'keyring-provider',
      'python',
    ],
  },
  npm: {
    short: 'wC',
    long: [
      'prefix',
      'registry',
      'cache',
      'workspace',
      'tag',
      'loglevel',
      'omit',
      'include',
      'install-strategy',
      'userconfig',
      'globalconfig',
      'location',
      'before',
      'cpu',
      'os',
      'libc',
    ],
  },
  gem: {
    short: 'vinsPg',
    long: ['version', 'install-dir', 'bindir', 'source', 'platform', 'trust-policy', 'build-root'],
  },
} satisfies Record<string, OptionSpec>;

/** Calls of the named programs in the RUN scripts of the given stages (all stages when none are given). */
export function managerCalls(
  doc: DockerfileDoc,
  names: readonly string[],
  spec: OptionSpec,
  stages?: ReadonlySet<number>,
): readonly ManagerCall[] {
  const all = cached(doc, spec, names.join(' '), () => {
    const index = commandsByName(doc);
    const refs = names.length === 1 ? (index.get(names[0] as string) ?? []) : names.flatMap((n) => index.get(n) ?? []);
    if (names.length > 1) refs.sort((a, b) => a.cmd.range[0] - b.cmd.range[0]);
    return refs.map((r) => call(r.ins, r.script, r.cmd, r.index, r.cmd.args, spec));
  });
  return stages ? all.filter((c) => stages.has(c.ins.stage)) : all;
}

/**
 * Calls with their options parsed, kept per document and option table: a dozen rules ask for the apt-get, apk or
 * pip calls of the same document.
 */
function cached(doc: DockerfileDoc, spec: OptionSpec, key: string, make: () => ManagerCall[]): ManagerCall[] {
  const bySpec = perDocument(doc, 'package-manager-calls', () => new Map<OptionSpec, Map<string, ManagerCall[]>>());
  let byNames = bySpec.get(spec);
  if (!byNames) {
    byNames = new Map();
    bySpec.set(spec, byNames);
  }
  let list = byNames.get(key);
  if (!list) {
    list = make();
    byNames.set(key, list);
  }
  return list;
}

function call(
  ins: DockerfileInstruction,
  script: ShellScript,
  cmd: ShellCommand,
  index: number,
  args: readonly ShellWord[],
  spec: OptionSpec,
): ManagerCall {
  const parsed = parseOptions(args, spec);
  const [subWord, ...operands] = parsed.positionals;
  return { ins, script, cmd, index, parsed, sub: subWord?.value ?? '', operands };
}

const PIP = /^pip[0-9.]*$/;
const PYTHON = /^python[0-9.]*$/;

/** `pip install`, `pip3.12 install` and `python3 -m pip install` calls. */
export function pipCalls(doc: DockerfileDoc, stages?: ReadonlySet<number>): readonly ManagerCall[] {
  const all = cached(doc, OPTIONS.pip, '\0pip', () => {
    const out: ManagerCall[] = [];
    commandsByName(doc).forEach((refs, name) => {
      const pip = PIP.test(name);
      if (!pip && !PYTHON.test(name)) return;
      for (const { ins, script, cmd, index } of refs) {
        if (pip) out.push(call(ins, script, cmd, index, cmd.args, OPTIONS.pip));
        else {
          const m = cmd.args.findIndex((a, i) => a.value === '-m' && cmd.args[i + 1]?.value === 'pip');
          if (m >= 0 && cmd.args.slice(0, m).every((a) => a.value.startsWith('-'))) {
            out.push(call(ins, script, cmd, index, cmd.args.slice(m + 2), OPTIONS.pip));
          }
        }
      }
    });
    return out.sort((a, b) => a.cmd.range[0] - b.cmd.range[0]);
  });
  return stages ? all.filter((c) => stages.has(c.ins.stage)) : all;
}

/** Package names as the rules quote them in messages: at most five, then a count. */
export function listPackages(words: readonly ShellWord[]): string {
  const names = words.map((w) => w.value);
  return names.length <= 5 ? names.join(', ') : `${names.slice(0, 5).join(', ')} and ${names.length - 5} more`;
}

/** A later command of the same RUN matches `pred`. */
export function followedBy(c: ManagerCall, pred: (cmd: ShellCommand) => boolean): boolean {
  const commands = c.script.commands;
  for (let k = c.index + 1; k < commands.length; k++) if (pred(commands[k] as ShellCommand)) return true;
  return false;
}

/** `rm -rf <dir>/*` (or the directory itself, or a parent) later in the same RUN. */
export function removesLater(c: ManagerCall, dir: string): boolean {
  return followedBy(c, (cmd) => removesDir(cmd, dir));
}

export function removesDir(cmd: ShellCommand, dir: string): boolean {
  if (cmd.name !== 'rm') return false;
  const parsed = parseOptions(cmd.args);
  if (!parsed.options.some((o) => o.name === 'r' || o.name === 'R' || o.name === 'recursive')) return false;
  return parsed.positionals.some((w) => coversDir(w.value, dir));
}

/** `/var/lib/apt/lists/*`, `/var/lib/apt/lists`, `/var/lib/apt` and `/var/lib/apt/lists/*.lz4`-style globs. */
export function coversDir(path: string, dir: string): boolean {
  const p = path.replace(/\/+$/, '');
  if (p === dir || dir.startsWith(`${p}/`)) return true;
  return p.startsWith(`${dir}/`) && p.slice(dir.length + 1).startsWith('*');
}

/** The instruction mounts a cache or tmpfs at `dir` (or a parent), so nothing written there reaches the layer. */
export function mountsOver(targets: readonly string[], dir: string): boolean {
  return targets.some((t) => t === dir || dir.startsWith(`${t}/`));
}

/** The last call of each RUN whose subcommand is one of `installs`, unless a cache mount covers one of `caches`. */
export function* lastUncleaned(
  calls: Iterable<ManagerCall>,
  installs: ReadonlySet<string>,
  caches: readonly string[],
): Generator<ManagerCall> {
  const last = new Map<DockerfileInstruction, ManagerCall>();
  for (const c of calls) if (installs.has(c.sub)) last.set(c.ins, c);
  for (const c of last.values()) {
    const mounts = uncommittedMounts(c.ins);
    if (!caches.some((dir) => mountsOver(mounts, dir))) yield c;
  }
}

export function cleanedAfter(c: ManagerCall, cleans: (cmd: ShellCommand) => boolean): boolean {
  return followedBy(c, cleans);
}

/** `<manager> clean all` (options may come anywhere). */
export function cleansAll(args: readonly ShellWord[]): boolean {
  const positionals = args.filter((a) => !a.value.startsWith('-')).map((a) => a.value);
  return positionals[0] === 'clean' && positionals.includes('all');
}

/** `name-version` or `name-version-release` (with an optional epoch and arch): the last part starts with a digit. */
export function rpmVersioned(pkg: string): boolean {
  const parts = pkg.split('-');
  const last = parts.at(-1) ?? '';
  return parts.length >= 2 && /^[0-9][A-Za-z0-9.~^_:+]*$/.test(last);
}

/** A package given as a file or URL rather than a name: its version is whatever the file holds. */
export function isPackageFile(pkg: string, ...suffixes: string[]): boolean {
  return pkg.includes('/') || suffixes.some((s) => pkg.endsWith(s));
}

/** `yum`/`dnf` install calls that leave packages unpinned, with the names for the message. */
export function* rpmUnpinned(
  doc: DockerfileDoc,
  names: readonly string[],
): Generator<{ call: ManagerCall; packages: string }> {
  for (const c of managerCalls(doc, names, OPTIONS.rpm)) {
    let operands = c.operands;
    if (c.sub === 'module' || c.sub === 'group') {
      if (operands[0]?.value !== 'install' || c.sub === 'group') continue;
      operands = operands.slice(1);
    } else if (!['install', 'reinstall', 'localinstall'].includes(c.sub)) continue;
    const unpinned = operands.filter((w) => {
      const v = w.value;
      if (w.dynamic || v.startsWith('@') || v.includes(':')) return false;
      return !rpmVersioned(v) && !isPackageFile(v, '.rpm');
    });
    if (unpinned.length > 0) yield { call: c, packages: listPackages(unpinned) };
  }
}

/** apt-get options under which nothing is installed or removed (`-s`, `--dry-run`, `-d`, `--print-uris`...). */
export function aptNoAction(parsed: ParsedArgs): boolean {
  const NO_ACTION = ['s', 'simulate', 'just-print', 'dry-run', 'no-act', 'recon', 'd', 'download-only', 'print-uris'];
  return parsed.options.some((o) => NO_ACTION.includes(o.name));
}
