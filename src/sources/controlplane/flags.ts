import type { SourceNode } from '../../core/location.js';

/** One argument as written: its text after YAML (or shell) quoting is removed, and where it is. */
export interface Arg {
  text: string;
  node: SourceNode;
}

/** A command-line flag of a Kubernetes component, with the node it was written at. */
export interface Flag {
  /** Without the leading dashes: `anonymous-auth`. */
  name: string;
  /**
   * The value: `--a=b` and `--a b` give `b`; a bare boolean flag (`--profiling`) gives `true`; a bare flag of any
   * other kind gives `''`. `undefined` when the value comes from somewhere this input does not show (an environment
   * variable filled from a Secret).
   */
  value: string | undefined;
  node: SourceNode;
  /** The flag as written (`--anonymous-auth=false`), for evidence. */
  text: string;
}

/** The flags of one process: the last occurrence of a flag wins, as in the components' own flag parsing. */
export interface FlagSet {
  get(name: string): Flag | undefined;
  /** Every occurrence, in order (repeated `--feature-gates` accumulate). */
  readonly all: readonly Flag[];
}

/**
 * Flags that take no separate value: `--profiling false` sets profiling to true and leaves `false` as a positional
 * argument, as pflag does; every other flag written without `=` takes the next argument when it is not a flag.
 */
export const BOOLEAN_FLAGS: ReadonlySet<string> = new Set([
  'allow-privileged',
  'anonymous-auth',
  'auto-tls',
  'client-cert-auth',
  'enable-garbage-collector',
  'enable-server',
  'kubelet-https',
  'make-iptables-util-chains',
  'peer-auto-tls',
  'peer-client-cert-auth',
  'profiling',
  'protect-kernel-defaults',
  'rotate-certificates',
  'rotate-server-certificates',
  'seccomp-default',
  'serialize-image-pulls',
  'service-account-extend-token-expiration',
  'service-account-lookup',
  'use-service-account-credentials',
  'contention-profiling',
  'enable-debugging-handlers',
  'fail-swap-on',
]);

const FLAG = /^--?([A-Za-z0-9][\w.-]*)(?:=([\s\S]*))?$/;

/** Reads `--flag=value`, `--flag value` and bare flags from an argument list (the binary name already removed). */
export function parseFlags(args: readonly Arg[]): FlagSet {
  const all: Flag[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as Arg;
    if (arg.text === '--') break;
    const m = FLAG.exec(arg.text);
    if (!m) continue;
    const name = m[1] as string;
    let value = m[2];
    let node = arg.node;
    let text = arg.text;
    if (value === undefined) {
      const next = args[i + 1];
      if (BOOLEAN_FLAGS.has(name)) value = 'true';
      else if (next && !next.text.startsWith('-')) {
        value = next.text;
        node = { file: arg.node.file, range: [arg.node.range[0], next.node.range[1]] };
        text = `${arg.text} ${next.text}`;
        i++;
      } else value = '';
    }
    all.push({ name, value, node, text });
  }
  return flagSet(all);
}

export function flagSet(all: readonly Flag[]): FlagSet {
  const last = new Map<string, Flag>();
  for (const f of all) last.set(f.name, f);
  return { get: (name) => last.get(name), all };
}

/** strconv.ParseBool, which the components use for boolean flags. */
export function parseBool(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(value)) return false;
  return undefined;
}

/** A comma-separated list flag (`--authorization-mode=Node,RBAC`). */
export function listValue(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * A feature gate's value across every `--feature-gates` occurrence (`A=true,B=false`): later entries override
 * earlier ones, as the components merge repeated flags. `undefined` when no occurrence names the gate.
 */
export function featureGate(flags: FlagSet, gate: string): { value: boolean | undefined; flag: Flag } | undefined {
  let found: { value: boolean | undefined; flag: Flag } | undefined;
  for (const f of flags.all) {
    if (f.name !== 'feature-gates') continue;
    for (const entry of listValue(f.value)) {
      const eq = entry.indexOf('=');
      if (eq < 0 || entry.slice(0, eq).trim() !== gate) continue;
      found = { value: parseBool(entry.slice(eq + 1).trim()), flag: f };
    }
  }
  return found;
}
