import type { SourceNode } from '../../core/location.js';
import { type Flag, listValue, parseBool } from '../controlplane/flags.js';
import type { Kubelet } from './index.js';

/**
 * A kubelet setting that can be given as a flag, in the KubeletConfiguration file, or both. The kubelet loads the
 * file and then applies the command line on top, so a flag wins over the file.
 */
export interface KubeletSetting<T> {
  /** Path in KubeletConfiguration (kubelet.config.k8s.io/v1beta1); absent for flag-only settings. */
  path?: readonly string[];
  /** Flag name without dashes; absent for file-only settings. */
  flag?: string;
  parse(raw: unknown): T | undefined;
  /**
   * The value when neither sets it (`undefined`: nothing is configured). A few defaults differ between a kubelet
   * started with a config file (the v1beta1 defaults) and one started with flags only, which keeps the legacy flag
   * defaults: anonymous auth on, AlwaysAllow authorization, read-only port 10255.
   */
  defaults: { config: T | undefined; flags: T | undefined };
}

export type Resolved<T> =
  | {
      from: 'flag' | 'config';
      /** `undefined` when the written value cannot be read as the setting's type. */
      value: T | undefined;
      node: SourceNode;
      /** What is written: `--read-only-port=10255`, `readOnlyPort: 10255`. */
      written: string;
    }
  | {
      from: 'default';
      value: T | undefined;
      /** Where to add the setting: the deepest key of its path in the config file, or where the flags are. */
      node: SourceNode;
      /** `readOnlyPort` / `--read-only-port`. */
      name: string;
    }
  /**
   * The input cannot tell: `--config` names a file it does not include and no flag sets the setting, or the setting
   * is a flag and the input shows only the config file.
   */
  | { from: 'unknown'; reason: string };

const bool = (raw: unknown): boolean | undefined =>
  typeof raw === 'boolean' ? raw : typeof raw === 'string' ? parseBool(raw) : undefined;
const int = (raw: unknown): number | undefined =>
  typeof raw === 'number' && Number.isInteger(raw)
    ? raw
    : typeof raw === 'string' && /^-?\d+$/.test(raw.trim())
      ? Number(raw)
      : undefined;
const number = (raw: unknown): number | undefined =>
  typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : undefined;
const str = (raw: unknown): string | undefined => (typeof raw === 'string' ? raw : undefined);
const list = (raw: unknown): string[] | undefined =>
  Array.isArray(raw) ? raw.map(String) : typeof raw === 'string' ? listValue(raw) : undefined;

const UNITS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A Go duration (`4h0m0s`, `5m`, `0`) in milliseconds. */
export function parseDuration(raw: unknown): number | undefined {
  if (typeof raw === 'number') return raw === 0 ? 0 : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text === '0') return 0;
  if (!/^([0-9]*\.?[0-9]+(ns|us|µs|ms|s|m|h))+$/.test(text)) return undefined;
  let total = 0;
  for (const m of text.matchAll(/([0-9]*\.?[0-9]+)(ns|us|µs|ms|s|m|h)/g))
    total += Number(m[1]) * (UNITS[m[2] as string] ?? 0);
  return total;
}

/** The kubelet settings the CIS Kubernetes Benchmark looks at, with their defaults in Kubernetes 1.32. */
export const KUBELET_SETTINGS = {
  anonymousAuth: {
    path: ['authentication', 'anonymous', 'enabled'],
    flag: 'anonymous-auth',
    parse: bool,
    defaults: { config: false, flags: true },
  },
  authorizationMode: {
    path: ['authorization', 'mode'],
    flag: 'authorization-mode',
    parse: str,
    defaults: { config: 'Webhook', flags: 'AlwaysAllow' },
  },
  clientCAFile: {
    path: ['authentication', 'x509', 'clientCAFile'],
    flag: 'client-ca-file',
    parse: str,
    defaults: { config: undefined, flags: undefined },
  },
  readOnlyPort: {
    path: ['readOnlyPort'],
    flag: 'read-only-port',
    parse: int,
    defaults: { config: 0, flags: 10255 },
  },
  streamingConnectionIdleTimeout: {
    path: ['streamingConnectionIdleTimeout'],
    flag: 'streaming-connection-idle-timeout',
    parse: parseDuration,
    defaults: { config: 4 * 3_600_000, flags: 4 * 3_600_000 },
  },
  makeIPTablesUtilChains: {
    path: ['makeIPTablesUtilChains'],
    flag: 'make-iptables-util-chains',
    parse: bool,
    defaults: { config: true, flags: true },
  },
  hostnameOverride: {
    flag: 'hostname-override',
    parse: str,
    defaults: { config: undefined, flags: undefined },
  },
  eventRecordQPS: {
    path: ['eventRecordQPS'],
    flag: 'event-qps',
    parse: number,
    defaults: { config: 50, flags: 50 },
  },
  tlsCertFile: {
    path: ['tlsCertFile'],
    flag: 'tls-cert-file',
    parse: str,
    defaults: { config: undefined, flags: undefined },
  },
  tlsPrivateKeyFile: {
    path: ['tlsPrivateKeyFile'],
    flag: 'tls-private-key-file',
    parse: str,
    defaults: { config: undefined, flags: undefined },
  },
  serverTLSBootstrap: {
    path: ['serverTLSBootstrap'],
    flag: 'rotate-server-certificates',
    parse: bool,
    defaults: { config: false, flags: false },
  },
  rotateCertificates: {
    path: ['rotateCertificates'],
    flag: 'rotate-certificates',
    parse: bool,
    defaults: { config: false, flags: false },
  },
  tlsCipherSuites: {
    path: ['tlsCipherSuites'],
    flag: 'tls-cipher-suites',
    parse: list,
    defaults: { config: undefined, flags: undefined },
  },
  podPidsLimit: {
    path: ['podPidsLimit'],
    flag: 'pod-max-pids',
    parse: int,
    defaults: { config: -1, flags: -1 },
  },
  seccompDefault: {
    path: ['seccompDefault'],
    flag: 'seccomp-default',
    parse: bool,
    defaults: { config: false, flags: false },
  },
  protectKernelDefaults: {
    path: ['protectKernelDefaults'],
    flag: 'protect-kernel-defaults',
    parse: bool,
    defaults: { config: false, flags: false },
  },
} satisfies Record<string, KubeletSetting<unknown>>;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a setting comes from for this kubelet: its flag, else its config file, else the default. */
export function resolveSetting<T>(kubelet: Kubelet, setting: KubeletSetting<T>): Resolved<T> {
  const flag: Flag | undefined = setting.flag ? kubelet.flags.get(setting.flag) : undefined;
  if (flag) return { from: 'flag', value: setting.parse(flag.value), node: flag.node, written: flag.text };
  const config = kubelet.config;
  if (config && setting.path) {
    let v: unknown = config.value;
    let depth = 0;
    for (const step of setting.path) {
      if (!isObj(v) || !(step in v)) break;
      v = v[step];
      depth++;
    }
    if (depth === setting.path.length && v !== null && v !== undefined) {
      return {
        from: 'config',
        value: setting.parse(v),
        node: config.at(setting.path, 'key'),
        written: `${setting.path.join('.')}: ${Array.isArray(v) ? `[${v.join(', ')}]` : String(v)}`,
      };
    }
    return {
      from: 'default',
      value: setting.defaults.config,
      node: depth > 0 ? config.at(setting.path.slice(0, depth), 'key') : config.at(['kind'], 'key'),
      name: setting.path.join('.'),
    };
  }
  if (kubelet.configFile && setting.path)
    return { from: 'unknown', reason: `it is read from ${kubelet.configFile}, which is not part of this input` };
  if (!kubelet.flagsKnown)
    return { from: 'unknown', reason: 'only a command-line flag sets it, and this input shows no kubelet flags' };
  if (kubelet.partial && (!config || !setting.path)) return { from: 'unknown', reason: kubelet.partial };
  return {
    from: 'default',
    value: config ? setting.defaults.config : setting.defaults.flags,
    node: kubelet.node,
    name: setting.flag ? `--${setting.flag}` : (setting.path ?? []).join('.'),
  };
}

/**
 * A feature gate: `--feature-gates` entries override `featureGates` in the file, gate by gate. `undefined` when
 * neither names the gate (its default applies).
 */
export function resolveFeatureGate(
  kubelet: Kubelet,
  gate: string,
): { value: boolean | undefined; node: SourceNode; written: string } | undefined {
  let found: { value: boolean | undefined; node: SourceNode; written: string } | undefined;
  const gates = kubelet.config?.value.featureGates;
  if (kubelet.config && isObj(gates) && gate in gates) {
    found = {
      value: bool(gates[gate]),
      node: kubelet.config.at(['featureGates', gate], 'key'),
      written: `featureGates.${gate}: ${String(gates[gate])}`,
    };
  }
  for (const f of kubelet.flags.all) {
    if (f.name !== 'feature-gates') continue;
    for (const entry of listValue(f.value)) {
      const eq = entry.indexOf('=');
      if (eq >= 0 && entry.slice(0, eq).trim() === gate)
        found = { value: parseBool(entry.slice(eq + 1).trim()), node: f.node, written: f.text };
    }
  }
  return found;
}
