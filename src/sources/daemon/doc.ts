import type { Diagnostic } from '../../core/diagnostics.js';
import type { SourceNode } from '../../core/location.js';
import { type DockerdArg, type DockerdFlags, parseDockerdArgs } from './flags.js';
import { type DaemonJson, jsonKeyNode } from './json.js';

/** `GET /info` as the Engine API returns it (`docker info --format '{{json .}}'`). */
export type DockerInfo = Readonly<Record<string, unknown>>;

/** The default bridge network as `GET /networks/bridge` returns it. */
export interface BridgeNetwork {
  Options?: Readonly<Record<string, string>>;
}

/**
 * What is known of one Docker daemon, from any of three places: its command line, its daemon.json and what the
 * running daemon reports (`docker info`). Rules read settings through `settings.ts`, which merges them as dockerd
 * does.
 */
export interface DaemonDoc {
  kind: 'daemon';
  /** The input or engine the results are about. */
  target: string;
  /** The daemon's name in logical locations: `dockerd`, `dockerd (pid 812)`. */
  name: string;
  /** dockerd's command line and where it was read. */
  command?: { flags: DockerdFlags; from: string; node?: SourceNode; pid?: number };
  json?: DaemonJson;
  info?: DockerInfo;
  /** The default bridge: `null` when the daemon has none, `undefined` when nobody asked. */
  bridge?: BridgeNetwork | null;
  /**
   * What a setting that no source shows is taken to be: dockerd's default when the inputs show the whole
   * configuration (or a daemon.json is audited alone, and judged with the defaults), else unknown, for a reason.
   */
  unseen: { assume: 'default' } | { assume: 'unknown'; reason: string };
  /** Rootless mode (`docker info` security option `name=rootless`, or `--rootless`). */
  rootless: boolean;
  diagnostics: Diagnostic[];
}

export interface DaemonDocInput {
  target: string;
  name?: string;
  command?: { args: readonly DockerdArg[]; from: string; node?: SourceNode; pid?: number };
  json?: DaemonJson;
  info?: DockerInfo;
  bridge?: BridgeNetwork | null;
  /** Why settings no source shows cannot be judged; absent: they take dockerd's defaults. */
  unknownBecause?: string;
}

/**
 * Puts the sources together. A setting given both as a flag and in daemon.json stops dockerd at start-up
 * ("the following directives are specified both as a flag and in the configuration file"): it is an error, or a
 * warning when the daemon is running anyway (the file changed after it started, and the next restart will fail).
 */
export function buildDaemonDoc(input: DaemonDocInput): DaemonDoc {
  const diagnostics: Diagnostic[] = [];
  const flags = input.command ? parseDockerdArgs(input.command.args) : undefined;
  const running = input.info !== undefined;
  for (const p of flags?.problems ?? []) {
    diagnostics.push({
      code: 'daemon-config-invalid',
      severity: running ? 'warning' : 'error',
      message: `${input.command?.from}: ${p.message}; dockerd refuses to start with it`,
      ...(p.node ? { location: p.node.file.location(p.node.range) } : {}),
    });
  }
  if (flags && input.json) {
    const reported = new Set<string>();
    for (const f of flags.all) {
      const key = f.option?.key;
      if (!key || reported.has(key) || !(key in input.json.value)) continue;
      reported.add(key);
      const node = jsonKeyNode(input.json, key);
      diagnostics.push({
        code: 'daemon-config-conflict',
        severity: running ? 'warning' : 'error',
        message: `${input.json.path}: "${key}" is set both here and as ${f.text} on dockerd's command line (${input.command?.from}); dockerd refuses to start when a setting is given in both places${running ? ', so the running daemon will not come back after a restart' : ''}`,
        location: node.file.location(node.range),
      });
    }
  }
  const securityOptions = Array.isArray(input.info?.SecurityOptions) ? input.info.SecurityOptions.map(String) : [];
  const rootlessFlag = flags?.get('rootless');
  const rootless = securityOptions.includes('name=rootless') || rootlessFlag?.value === 'true';
  return {
    kind: 'daemon',
    target: input.target,
    name: input.name ?? 'dockerd',
    ...(input.command && flags
      ? {
          command: {
            flags,
            from: input.command.from,
            ...(input.command.node ? { node: input.command.node } : {}),
            ...(input.command.pid !== undefined ? { pid: input.command.pid } : {}),
          },
        }
      : {}),
    ...(input.json ? { json: input.json } : {}),
    ...(input.info ? { info: input.info } : {}),
    ...(input.bridge !== undefined ? { bridge: input.bridge } : {}),
    unseen: input.unknownBecause ? { assume: 'unknown', reason: input.unknownBecause } : { assume: 'default' },
    rootless,
    diagnostics,
  };
}

/** The `name=…` entries of `docker info`'s SecurityOptions, as maps: `{ name: 'seccomp', profile: 'default' }`. */
export function securityOptions(info: DockerInfo | undefined): Record<string, string>[] {
  const raw = Array.isArray(info?.SecurityOptions) ? info.SecurityOptions : [];
  return raw.map((entry) =>
    Object.fromEntries(
      String(entry)
        .split(',')
        .map((kv) => {
          const eq = kv.indexOf('=');
          return eq < 0 ? [kv, ''] : [kv.slice(0, eq), kv.slice(eq + 1)];
        }),
    ),
  );
}
