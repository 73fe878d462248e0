import type { SourceNode } from '../../core/location.js';
import {
  type ContainerRuntime,
  emptyRuntime,
  type MountSetting,
  normalizeCapability,
  type Setting,
} from '../runtime.js';
import { parsePort, parseVolume } from './syntax.js';
import { bool, type CMap, type CNode, child, childAt, pairOf, sourceOf, text } from './tree.js';

type Problem = (node: SourceNode, message: string) => void;

/** Compose `pull_policy` in Kubernetes' words; `build` and `daily`/`weekly`/`every_<duration>` stay as written. */
const PULL_POLICY: Record<string, string> = {
  always: 'Always',
  never: 'Never',
  missing: 'IfNotPresent',
  if_not_present: 'IfNotPresent',
};

/** Attributes the Compose schema only accepts as a list, or as a mapping; read leniently, but reported. */
const LISTS = ['ports', 'volumes', 'cap_add', 'cap_drop', 'devices', 'security_opt', 'expose'];
const MAPPINGS = ['deploy', 'healthcheck', 'build', 'environment', 'networks', 'depends_on'];

/** Compose `network_mode` / `pid` / `ipc` values that join another container's namespace. */
const SHARED = /^(container|service):(.+)$/;

/**
 * Maps one (merged) service to the normalised runtime record. Every setting keeps the node it was written at: the
 * key for scalar settings, the item for list entries, so a finding lands on the exact line of the file that set it.
 */
export function serviceRuntime(
  name: string,
  svc: CMap,
  topVolumes: CNode | undefined,
  problem: Problem,
): ContainerRuntime {
  const r = emptyRuntime({
    source: 'compose',
    name,
    owner: `service ${name}`,
    role: 'service',
    node: sourceOf(svc, 'key'),
  });
  const get = (key: string) => svc.entries.get(key);
  const at = (node: CNode) => sourceOf(node, 'key');
  const str = (node: CNode | undefined): Setting<string> | undefined => {
    const v = text(node);
    return node && v !== undefined ? { value: v, node: at(node) } : undefined;
  };
  const flag = (node: CNode | undefined, key: string): Setting<boolean> | undefined => {
    if (!node) return undefined;
    const v = bool(node);
    if (v === undefined) {
      problem(sourceOf(node), `service ${name}: ${key} must be true or false`);
      return undefined;
    }
    return { value: v, node: at(node) };
  };

  for (const key of LISTS) {
    const node = get(key);
    if (node && node.kind !== 'seq' && !(node.kind === 'scalar' && node.value === null)) {
      problem(sourceOf(node), `service ${name}: ${key} must be a list`);
    }
  }
  for (const key of MAPPINGS) {
    const node = get(key);
    if (node && node.kind !== 'map' && !(node.kind === 'scalar' && node.value === null)) {
      problem(sourceOf(node), `service ${name}: ${key} must be a mapping`);
    }
  }

  r.image = str(get('image'));
  r.privileged = flag(get('privileged'), 'privileged');
  r.readOnlyRootFilesystem = flag(get('read_only'), 'read_only');
  for (const [key, target] of [
    ['cap_add', r.capAdd],
    ['cap_drop', r.capDrop],
  ] as const) {
    for (const item of items(get(key))) {
      const cap = text(item);
      if (cap !== undefined) target.push({ value: normalizeCapability(cap), node: sourceOf(item) });
    }
  }

  const user = get('user');
  r.user = str(user);
  if (r.user && user) {
    // `user: "1000:1000"`: numeric ids are also given as runAsUser/runAsGroup, like a Kubernetes securityContext.
    const [uid, gid] = r.user.value.split(':');
    if (uid !== undefined && /^\d+$/.test(uid)) r.runAsUser = { value: Number(uid), node: at(user) };
    else if (uid === 'root') r.runAsUser = { value: 0, node: at(user) };
    if (gid !== undefined && /^\d+$/.test(gid)) r.runAsGroup = { value: Number(gid), node: at(user) };
  }

  namespaces(r, svc);
  for (const item of items(get('devices'))) {
    const device = item.kind === 'map' ? text(child(item, 'source')) : text(item)?.split(':')[0];
    if (device) r.devices.push({ value: device, node: sourceOf(item) });
  }
  ports(r, svc, name, problem);
  mounts(r, svc, topVolumes, name, problem);
  resources(r, svc);

  for (const opt of items(get('security_opt'))) securityOpt(r, opt);
  // What is in force, as for `docker inspect`: privileged turns the seccomp filter and the device cgroup off,
  // whatever security_opt says; the settings point at `privileged`.
  if (r.privileged?.value === true) {
    if (r.seccomp?.value.toLowerCase() !== 'unconfined') r.seccomp = { value: 'unconfined', node: r.privileged.node };
    r.devices.push({ value: 'every host device (privileged: no device cgroup)', node: r.privileged.node });
  }

  const restart = get('restart');
  const restartText = text(restart);
  if (restart && restartText !== undefined) {
    const [policy, retries] = restartText.split(':');
    r.restartPolicy = { value: policy ?? restartText, node: at(restart) };
    if (retries && /^\d+$/.test(retries)) r.restartMaxRetries = { value: Number(retries), node: at(restart) };
  } else {
    // Swarm's deploy.restart_policy: condition none | on-failure | any.
    const policy = childAt(svc, ['deploy', 'restart_policy']);
    const condition = child(policy, 'condition');
    if (condition && text(condition)) {
      const v = text(condition) as string;
      r.restartPolicy = { value: v === 'any' ? 'always' : v === 'none' ? 'no' : v, node: at(condition) };
    }
    const attempts = child(policy, 'max_attempts');
    const n = Number(text(attempts));
    if (attempts && Number.isInteger(n)) r.restartMaxRetries = { value: n, node: at(attempts) };
  }

  const health = get('healthcheck');
  if (health?.kind === 'map') {
    const test = child(health, 'test');
    const none = test?.kind === 'seq' ? text(test.items[0]) === 'NONE' : text(test) === 'NONE';
    const disabled = bool(child(health, 'disable')) === true || none;
    r.healthcheck = { value: !disabled, node: at(health) };
  }

  const pull = get('pull_policy');
  const pullText = text(pull)?.toLowerCase();
  if (pull && pullText !== undefined) {
    const normalised = PULL_POLICY[pullText] ?? pullText;
    r.imagePullPolicy = { value: normalised, node: at(pull) };
  }

  const sysctls = get('sysctls');
  if (sysctls?.kind === 'map') {
    r.sysctls = [...sysctls.entries].map(([key, value]) => ({
      name: key,
      value: text(value),
      node: value.keyRange && value.keyRange[0] === value.range[0] ? sourceOf(value) : pairOf(value),
    }));
  }

  const env = get('environment');
  if (env?.kind === 'map') {
    for (const [key, value] of env.entries) {
      const v = text(value);
      // A list item `- KEY=value` keeps the item as its node; `KEY: value` spans the pair.
      const node = value.keyRange && value.keyRange[0] === value.range[0] ? sourceOf(value) : pairOf(value);
      if (value.kind === 'scalar' && value.value === null) r.env.push({ name: key, from: 'host', node });
      else if (v !== undefined) r.env.push({ name: key, value: v, node });
    }
  }
  return r;
}

function items(node: CNode | undefined): CNode[] {
  if (!node) return [];
  if (node.kind === 'seq') return node.items;
  return node.kind === 'scalar' && node.value !== null ? [node] : [];
}

function namespaces(r: ContainerRuntime, svc: CMap): void {
  const entries: [string, 'hostNetwork' | 'hostPid' | 'hostIpc' | 'hostUts' | 'hostUserns', string][] = [
    ['network_mode', 'hostNetwork', 'network'],
    ['pid', 'hostPid', 'pid'],
    ['ipc', 'hostIpc', 'ipc'],
    ['uts', 'hostUts', 'uts'],
    ['userns_mode', 'hostUserns', 'userns'],
  ];
  for (const [key, field, ns] of entries) {
    const node = svc.entries.get(key);
    const v = text(node);
    if (!node || v === undefined) continue;
    const where = sourceOf(node, 'key');
    r[field] = { value: v === 'host', node: where };
    const shared = SHARED.exec(v);
    if (shared) r.sharedNamespaces.push({ value: `${ns}:${v}`, node: where });
  }
}

function ports(r: ContainerRuntime, svc: CMap, name: string, problem: Problem): void {
  for (const item of items(svc.entries.get('ports'))) {
    const specs = parsePort(item);
    if (!specs) {
      problem(sourceOf(item), `service ${name}: cannot read port ${JSON.stringify(text(item) ?? '(mapping)')}`);
      continue;
    }
    for (const p of specs) {
      r.ports.push({
        containerPort: p.target,
        hostPort: p.published,
        ...(p.hostIp !== undefined ? { hostIp: p.hostIp } : {}),
        protocol: p.protocol,
        node: sourceOf(item),
      });
    }
  }
  // `expose` opens a port to other services only: a container port that is not published.
  for (const item of items(svc.entries.get('expose'))) {
    const [port, protocol = 'tcp'] = (text(item) ?? '').split('/');
    const m = /^(\d+)(?:-(\d+))?$/.exec(port ?? '');
    if (!m) continue;
    r.ports.push({ containerPort: Number(m[1]), protocol: protocol.toLowerCase(), node: sourceOf(item) });
  }
}

function mounts(r: ContainerRuntime, svc: CMap, topVolumes: CNode | undefined, name: string, problem: Problem): void {
  for (const item of items(svc.entries.get('volumes'))) {
    const v = parseVolume(item);
    if (!v) {
      problem(sourceOf(item), `service ${name}: cannot read volume ${JSON.stringify(text(item) ?? '(mapping)')}`);
      continue;
    }
    const mount: MountSetting = {
      source: v.source ?? '',
      target: v.target,
      type: v.type === 'bind' ? 'bind' : v.type === 'volume' ? 'volume' : v.type === 'tmpfs' ? 'tmpfs' : 'other',
      readOnly: v.readOnly,
      node: sourceOf(item),
    };
    if (v.propagation) mount.propagation = v.propagation;
    // A named volume of the local driver with `o: bind` is a bind mount of `device`: report the host path there.
    const def = v.type === 'volume' && v.source ? child(topVolumes, v.source) : undefined;
    const opts = child(def, 'driver_opts');
    const device = child(opts, 'device');
    const o = text(child(opts, 'o')) ?? '';
    if (device && text(device) && o.split(',').includes('bind')) {
      mount.type = 'bind';
      mount.source = text(device) as string;
      mount.node = sourceOf(device);
    }
    r.mounts.push(mount);
  }
  const tmpfs = svc.entries.get('tmpfs');
  for (const item of items(tmpfs)) {
    const target = text(item)?.split(':')[0];
    if (target) r.mounts.push({ source: '', target, type: 'tmpfs', readOnly: false, node: sourceOf(item) });
  }
}

function resources(r: ContainerRuntime, svc: CMap): void {
  const limits = childAt(svc, ['deploy', 'resources', 'limits']);
  const reservations = childAt(svc, ['deploy', 'resources', 'reservations']);
  const qty = (node: CNode | undefined): Setting<string | number> | undefined => {
    if (node?.kind !== 'scalar' || node.value === null || typeof node.value === 'boolean') return undefined;
    return { value: node.value, node: sourceOf(node, 'key') };
  };
  // The service-level key wins over deploy.resources when both are written (Compose rejects differing values).
  r.memoryLimit = qty(svc.entries.get('mem_limit')) ?? qty(child(limits, 'memory'));
  r.memoryRequest = qty(svc.entries.get('mem_reservation')) ?? qty(child(reservations, 'memory'));
  r.cpuLimit = qty(svc.entries.get('cpus')) ?? qty(child(limits, 'cpus'));
  r.cpuRequest = qty(child(reservations, 'cpus'));
  const pids = svc.entries.get('pids_limit') ?? child(limits, 'pids');
  const n = Number(text(pids));
  if (pids && Number.isInteger(n)) r.pidsLimit = { value: n, node: sourceOf(pids, 'key') };
}

/**
 * `security_opt` entries as Docker reads them: `key=value`, or the deprecated `key:value`. `label:...` entries are
 * SELinux options whatever follows (`label:seccomp:unconfined` is a label, not a seccomp setting).
 */
function securityOpt(r: ContainerRuntime, item: CNode): void {
  const raw = text(item)?.trim();
  if (!raw) return;
  const node = sourceOf(item);
  if (raw === 'no-new-privileges') {
    r.noNewPrivileges = { value: true, node };
    return;
  }
  const sep = raw.includes('=') ? raw.indexOf('=') : raw.indexOf(':');
  if (sep < 0) return;
  const key = raw.slice(0, sep).trim();
  const value = raw.slice(sep + 1).trim();
  if (key === 'no-new-privileges') {
    const v = value.toLowerCase();
    r.noNewPrivileges = { value: v === 'true' || v === '1' || v === '', node };
  } else if (key === 'seccomp') r.seccomp = { value, node };
  else if (key === 'apparmor') r.apparmor = { value, node };
  else if (key === 'label') r.selinux = { value, node };
}
