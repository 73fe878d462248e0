import { type Document, type Node, parseDocument } from 'yaml';
import type { Finding, LogicalLocation } from '../../core/finding.js';
import { type Location, SourceFile, type SourceNode } from '../../core/location.js';
import { formatPath, pathAt } from '../cluster/locate.js';
import { type ContainerRuntime, emptyRuntime, normalizeCapability, type Setting } from '../runtime.js';
import { containerName, type EngineContainer } from './snapshot.js';

type Obj = Record<string, unknown>;
type Path = (string | number)[];

/** What the daemon applies to containers that say nothing (from `docker info`'s SecurityOptions). */
export interface DaemonDefaults {
  /** `default`, `unconfined`, a profile path; undefined when the kernel or daemon has no seccomp at all. */
  seccompProfile?: string;
  apparmor: boolean;
  selinux: boolean;
  userns: boolean;
  rootless: boolean;
}

export function daemonDefaults(info: Obj | undefined): DaemonDefaults {
  const options = Array.isArray(info?.SecurityOptions) ? info.SecurityOptions.map(String) : [];
  const parsed = options.map((o) => new Map(o.split(',').map((kv) => kv.split('=', 2) as [string, string])));
  const named = (n: string) => parsed.find((m) => m.get('name') === n);
  const seccomp = named('seccomp');
  return {
    seccompProfile: seccomp ? (seccomp.get('profile') ?? 'default') : undefined,
    apparmor: Boolean(named('apparmor')),
    selinux: Boolean(named('selinux')),
    userns: Boolean(named('userns')),
    rootless: Boolean(named('rootless')),
  };
}

/** A container's inspect answer as a virtual JSON file, its runtime record over that file, and the way back. */
export interface MappedContainer {
  name: string;
  runtime: ContainerRuntime;
  file: SourceFile;
  /** The logical location of a position in `file`: the container and the inspect field path. */
  locate(location: Location): LogicalLocation | undefined;
  /** The node of an inspect field, for rules that read the inspect answer itself. */
  node(path: Path): SourceNode;
}

/**
 * Maps `docker inspect` of one container into the runtime record the compose and Kubernetes rules read, so the same
 * rules judge live containers. Each setting's node is the inspect field it was read from; a setting Docker leaves
 * at its zero value (`"Memory": 0`) still has its field, so "no memory limit" points at `HostConfig.Memory`.
 *
 * The record holds what is in force, not only what was asked for: `--privileged` turns the seccomp filter and the
 * device cgroup off, and the daemon's default seccomp profile applies to containers that name none. Those effective
 * settings point at the field that causes them (`HostConfig.Privileged`).
 */
export function mapContainer(c: EngineContainer, daemon: DaemonDefaults): MappedContainer {
  const name = containerName(c);
  const uri = `container:${name}`;
  const text = `${JSON.stringify(c.inspect, null, 2)}\n`;
  const file = new SourceFile(uri, text);
  const yaml: Document = parseDocument(text, { prettyErrors: false, logLevel: 'error' });
  const root = yaml.contents as Node | null;
  const rootNode: SourceNode = { file, range: [root?.range?.[0] ?? 0, root?.range?.[1] ?? text.length] };
  const nodeAt = (path: Path): SourceNode | undefined => {
    const n = yaml.getIn(path, true) as Node | undefined;
    return n?.range ? { file, range: [n.range[0], n.range[1]] } : undefined;
  };
  const node = (path: Path) => nodeAt(path) ?? rootNode;
  const get = (path: Path): unknown => {
    let v: unknown = c.inspect;
    for (const step of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[step] : undefined;
    return v;
  };
  const setting = <T>(value: T, path: Path): Setting<T> => ({ value, node: node(path) });
  const hc = (get(['HostConfig']) ?? {}) as Obj;
  const config = (get(['Config']) ?? {}) as Obj;

  // A standalone container is its own unit, like a compose service: messages name it `container <name>`.
  const r = emptyRuntime({ source: 'docker', name, owner: `container ${name}`, role: 'service', node: rootNode });
  if (typeof config.Image === 'string') r.image = setting(config.Image, ['Config', 'Image']);
  r.privileged = setting(hc.Privileged === true, ['HostConfig', 'Privileged']);
  for (const [key, list] of [
    ['CapAdd', r.capAdd],
    ['CapDrop', r.capDrop],
  ] as const) {
    const caps = hc[key];
    if (Array.isArray(caps))
      caps.forEach((cap, i) => {
        if (typeof cap === 'string') list.push(setting(normalizeCapability(cap), ['HostConfig', key, i]));
      });
  }

  // Config.User already holds the image's USER when `--user` was not given; empty means root.
  const user = typeof config.User === 'string' ? config.User.trim() : '';
  r.user = setting(user || 'root', ['Config', 'User']);
  const [uid, gid] = user.split(':');
  if (!user || uid === 'root' || uid === '0') r.runAsUser = setting(0, ['Config', 'User']);
  else if (uid && /^\d+$/.test(uid)) r.runAsUser = setting(Number(uid), ['Config', 'User']);
  if (gid && /^\d+$/.test(gid)) r.runAsGroup = setting(Number(gid), ['Config', 'User']);

  const mode = (key: string) => (typeof hc[key] === 'string' ? (hc[key] as string) : '');
  for (const [key, field] of [
    ['NetworkMode', 'hostNetwork'],
    ['PidMode', 'hostPid'],
    ['IpcMode', 'hostIpc'],
    ['UTSMode', 'hostUts'],
    ['UsernsMode', 'hostUserns'],
  ] as const) {
    const value = mode(key);
    r[field] = setting(value === 'host', ['HostConfig', key]);
    if (value.startsWith('container:')) r.sharedNamespaces.push(setting(`${value} (${key})`, ['HostConfig', key]));
  }

  // The top-level Mounts are what the container gets (binds, --mount and volumes alike, with RW and propagation).
  const mounts = Array.isArray(c.inspect.Mounts) ? (c.inspect.Mounts as Obj[]) : [];
  mounts.forEach((m, i) => {
    const type = String(m.Type ?? '');
    r.mounts.push({
      source: String((type === 'volume' ? m.Name : m.Source) ?? ''),
      target: String(m.Destination ?? ''),
      type: type === 'bind' ? 'bind' : type === 'volume' ? 'volume' : type === 'tmpfs' ? 'tmpfs' : 'other',
      readOnly: m.RW === false,
      ...(typeof m.Propagation === 'string' && m.Propagation ? { propagation: m.Propagation } : {}),
      node: node(['Mounts', i]),
    });
  });

  const devices = Array.isArray(hc.Devices) ? (hc.Devices as Obj[]) : [];
  devices.forEach((d, i) => {
    if (typeof d.PathOnHost === 'string') r.devices.push(setting(d.PathOnHost, ['HostConfig', 'Devices', i]));
  });
  if (hc.Privileged === true)
    r.devices.push(setting('every host device (privileged: no device cgroup)', ['HostConfig', 'Privileged']));

  ports(r, c, hc, node);

  r.memoryLimit = setting(num(hc.Memory), ['HostConfig', 'Memory']);
  if (num(hc.MemoryReservation) > 0)
    r.memoryRequest = setting(num(hc.MemoryReservation), ['HostConfig', 'MemoryReservation']);
  if (num(hc.NanoCpus) > 0) r.cpuLimit = setting(num(hc.NanoCpus) / 1e9, ['HostConfig', 'NanoCpus']);
  else if (num(hc.CpuQuota) > 0)
    r.cpuLimit = setting(num(hc.CpuQuota) / (num(hc.CpuPeriod) || 100_000), ['HostConfig', 'CpuQuota']);
  else r.cpuLimit = setting(0, ['HostConfig', 'NanoCpus']);
  // 1024 is Docker's default weight: setting it changes nothing (docker-bench counts it as unset too).
  const shares = num(hc.CpuShares);
  r.cpuRequest = setting(shares === 1024 ? 0 : shares, ['HostConfig', 'CpuShares']);
  // null, 0 and -1 all mean unlimited.
  r.pidsLimit = setting(num(hc.PidsLimit) > 0 ? num(hc.PidsLimit) : 0, ['HostConfig', 'PidsLimit']);
  r.readOnlyRootFilesystem = setting(hc.ReadonlyRootfs === true, ['HostConfig', 'ReadonlyRootfs']);

  const securityOpt = Array.isArray(hc.SecurityOpt) ? hc.SecurityOpt : [];
  securityOpt.forEach((opt, i) => {
    if (typeof opt === 'string') securityOption(r, opt, setting(opt, ['HostConfig', 'SecurityOpt', i]).node);
  });
  if (hc.Privileged === true && r.seccomp?.value.toLowerCase() !== 'unconfined')
    r.seccomp = setting('unconfined', ['HostConfig', 'Privileged']);
  else if (!r.seccomp && daemon.seccompProfile === 'unconfined')
    // The daemon's --seccomp-profile=unconfined: every container that names no profile has none.
    r.seccomp = setting('unconfined', ['HostConfig', 'SecurityOpt']);
  if (typeof c.inspect.AppArmorProfile === 'string' && c.inspect.AppArmorProfile)
    r.apparmor = setting(c.inspect.AppArmorProfile, ['AppArmorProfile']);

  const restart = (hc.RestartPolicy ?? {}) as Obj;
  r.restartPolicy = setting(String(restart.Name || 'no'), ['HostConfig', 'RestartPolicy', 'Name']);
  if (typeof restart.MaximumRetryCount === 'number')
    r.restartMaxRetries = setting(restart.MaximumRetryCount, ['HostConfig', 'RestartPolicy', 'MaximumRetryCount']);

  // Config.Healthcheck also holds the image's HEALTHCHECK; `--no-healthcheck` leaves Test: ["NONE"].
  const health = config.Healthcheck as Obj | undefined | null;
  if (health && typeof health === 'object') {
    const test = Array.isArray(health.Test) ? health.Test : [];
    r.healthcheck = setting(test.length > 0 && test[0] !== 'NONE', ['Config', 'Healthcheck']);
  }

  const env = Array.isArray(config.Env) ? config.Env : [];
  env.forEach((e, i) => {
    if (typeof e !== 'string') return;
    const eq = e.indexOf('=');
    r.env.push({
      name: eq < 0 ? e : e.slice(0, eq),
      ...(eq < 0 ? {} : { value: e.slice(eq + 1) }),
      node: node(['Config', 'Env', i]),
    });
  });
  const sysctls = hc.Sysctls && typeof hc.Sysctls === 'object' ? (hc.Sysctls as Obj) : {};
  const names = Object.keys(sysctls);
  if (names.length > 0)
    r.sysctls = names.map((k) => ({ name: k, value: String(sysctls[k]), node: node(['HostConfig', 'Sysctls', k]) }));

  return {
    name,
    runtime: r,
    file,
    node,
    locate(location) {
      if (location.uri !== uri) return undefined;
      const start = offsetOf(text, location.startLine, location.startColumn);
      const end = Math.max(start, offsetOf(text, location.endLine, location.endColumn));
      const path = pathAt(root, start, end);
      return path.length > 0 ? { kind: 'container', name, path: formatPath(path) } : { kind: 'container', name };
    },
  };
}

/** `security_opt` entries as Docker reads them: `key=value`, or the older `key:value`. */
function securityOption(r: ContainerRuntime, raw: string, node: SourceNode): void {
  const opt = raw.trim();
  if (opt === 'no-new-privileges') {
    r.noNewPrivileges = { value: true, node };
    return;
  }
  const sep = opt.includes('=') ? opt.indexOf('=') : opt.indexOf(':');
  if (sep < 0) return;
  const key = opt.slice(0, sep).trim();
  const value = opt.slice(sep + 1).trim();
  if (key === 'no-new-privileges') {
    const v = value.toLowerCase();
    r.noNewPrivileges = { value: v === 'true' || v === '1' || v === '', node };
  } else if (key === 'seccomp') {
    // A custom profile is inlined as its JSON text: name it instead of quoting it.
    r.seccomp = { value: value.startsWith('{') ? 'custom profile' : value, node };
  } else if (key === 'apparmor') r.apparmor = { value, node };
  else if (key === 'label') {
    // `label=disable` wins over the other label options, whatever their order.
    if (r.selinux?.value !== 'disable') r.selinux = { value, node };
  } else if (key === 'systempaths' && value === 'unconfined') r.procMount = { value: 'Unmasked', node };
}

function ports(r: ContainerRuntime, c: EngineContainer, hc: Obj, node: (path: Path) => SourceNode): void {
  const bindings = hc.PortBindings && typeof hc.PortBindings === 'object' ? (hc.PortBindings as Obj) : {};
  // A running container's NetworkSettings.Ports has the host ports Docker chose for `-p 80` (no host port given).
  const live = ((c.inspect.NetworkSettings as Obj | undefined)?.Ports ?? {}) as Obj;
  for (const key of Object.keys(bindings)) {
    const [port, protocol = 'tcp'] = key.split('/');
    const list = Array.isArray(bindings[key]) ? (bindings[key] as Obj[]) : [];
    list.forEach((b, i) => {
      let hostPort = Number(b.HostPort) || undefined;
      if (hostPort === undefined) {
        const actual = Array.isArray(live[key]) ? (live[key] as Obj[])[i] : undefined;
        hostPort = Number(actual?.HostPort) || undefined;
      }
      const hostIp = typeof b.HostIp === 'string' && b.HostIp ? b.HostIp : undefined;
      r.ports.push({
        containerPort: Number(port) || undefined,
        ...(hostPort !== undefined ? { hostPort } : {}),
        ...(hostIp !== undefined ? { hostIp } : {}),
        protocol,
        node: node(['HostConfig', 'PortBindings', key, i]),
      });
    });
  }
}

function num(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return offset + column - 1;
}

/** A finding on a container's virtual file, with its logical location in place of the virtual line. */
export function toLogical(f: Finding, locate: (l: Location) => LogicalLocation | undefined): Finding {
  const logical = f.location ? locate(f.location) : undefined;
  if (!logical) return f;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(f)) {
    if (key === 'location') out.logicalLocation = logical;
    else if (key === 'suppressed' && f.suppressed) out.suppressed = { reason: f.suppressed.reason };
    else if (key !== 'logicalLocation') out[key] = value;
  }
  return out as unknown as Finding;
}
