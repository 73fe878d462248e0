import { posix } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { SourceNode } from '../../core/location.js';
import type { DaemonDoc } from '../daemon/doc.js';
import { jsonRootNode } from '../daemon/json.js';
import { childrenOf, type ProcReader, processEnv, processUid } from '../daemon/proc.js';
import { boolSetting, listSetting, stringSetting } from '../daemon/settings.js';
import { type Accounts, groupMembers, parseAccounts, userName } from './accounts.js';
import { type AuditWatch, parseAuditRules } from './audit-rules.js';
import { type FileInfo, type HostFs, resolvePath, statPath, walkFiles } from './fs.js';
import { type MountEntry, parseMountinfo, underRoot } from './mounts.js';
import { listenStreams, systemdRunning, unitFile } from './units.js';

/** The files and directories CIS Docker sections 1 and 3 judge, by what they are to the daemon. */
export const HOST_ROLES = [
  'docker.service',
  'docker.socket',
  'etc-docker',
  'registry-certs',
  'tls-ca',
  'tls-cert',
  'tls-key',
  'docker.sock',
  'daemon.json',
  'etc-default-docker',
  'etc-sysconfig-docker',
  'containerd.sock',
  'dockerd',
  'containerd-state',
  'data-root',
  'containerd-config',
  'containerd',
  'containerd-shim',
  'containerd-shim-runc-v1',
  'containerd-shim-runc-v2',
  'runc',
] as const;
export type HostRole = (typeof HOST_ROLES)[number];

/** A path the daemon really uses, and what names it. */
export interface HostPath {
  role: HostRole;
  path: string;
  /** What says the daemon uses this path: `-H unix:///run/user/1000/docker.sock`, `docker info DockerRootDir`. */
  from: string;
  /** The path after links are followed, when it exists. */
  real?: string;
  info?: FileInfo;
  /** For daemon.json, when it was parsed: the file itself, so findings about it point into it. */
  node?: SourceNode;
}

export interface HostDoc {
  kind: 'host';
  target: string;
  /** Where the host's `/` is read from. */
  root: string;
  /** The daemon's name, as in the daemon results. */
  daemon: string;
  /** Who owns what the daemon creates: root, or the user a rootless daemon runs as. */
  owner: { uid: number; user: string; rootless: boolean };
  systemd: boolean;
  paths: Partial<Record<HostRole, HostPath[]>>;
  /** Why a role is not judged on this host (systemd not running, TLS not used). */
  notApplicable: Partial<Record<HostRole, string>>;
  accounts: Accounts;
  /** The group dockerd gives its socket (`--group`, default docker), and who is in it. */
  dockerGroup: { name: string; gid?: number; members: string[]; from: string };
  audit: { origin: string; watches: AuditWatch[] } | { origin?: undefined; reason: string };
  mounts: { origin: string; entries: MountEntry[] } | { origin?: undefined; reason: string };
  diagnostics: Diagnostic[];
}

export interface HostReadInput {
  daemon: DaemonDoc;
  fs: HostFs;
  target?: string;
  /** The host's processes, for the daemon's binary, its containerd and its mount namespace. */
  proc?: ProcReader;
  /** `auditctl -l` output: the rules loaded now, preferred to the rules files. */
  auditctl?: { text: string; origin: string };
  /** The endpoint the engine was reached on (`unix:///run/docker.sock`): a socket it surely listens on. */
  endpoint?: string;
  /** mountinfo text to use instead of reading it from `proc`. */
  mountinfo?: { text: string; origin: string };
}

const BIN_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Reads what sections 1 and 3 need from a host, at the paths the daemon described by `daemon` really uses. */
export function readHost(input: HostReadInput): HostDoc {
  const { daemon, fs, proc } = input;
  const pid = daemon.command?.pid;
  const diagnostics: Diagnostic[] = [];
  const accounts = parseAccounts(fs.readFile('/etc/passwd'), fs.readFile('/etc/group'));

  const { uid, user, home, runtimeDir, configHome, dataHome } = daemonUser(fs, proc, pid, daemon.rootless);
  const rootless = daemon.rootless;

  const paths: Partial<Record<HostRole, HostPath[]>> = {};
  const notApplicable: Partial<Record<HostRole, string>> = {};
  const add = (role: HostRole, path: string, from: string, node?: SourceNode) => {
    const list = (paths[role] ??= []);
    if (list.some((p) => p.path === path)) return;
    const s = statPath(fs, path);
    list.push({
      role,
      path,
      from,
      ...(s ? { real: s.real, info: s.info } : {}),
      ...(node ? { node } : {}),
    });
  };
  const flags = daemon.command?.flags;
  const known = <T>(s: { from: string; value?: T }) => (s.from === 'unknown' ? undefined : s.value);

  // daemon.json and /etc/docker
  const etcDocker = rootless ? posix.join(configHome, 'docker') : '/etc/docker';
  const configFlag = flags?.get('config-file');
  const defaultConfig = posix.join(etcDocker, 'daemon.json');
  const configFile = configFlag?.value || daemon.json?.path || defaultConfig;
  add(
    'daemon.json',
    configFile,
    configFlag ? configFlag.text : configFile === defaultConfig ? 'dockerd default' : 'the daemon.json given',
    daemon.json && daemon.json.path === configFile ? jsonRootNode(daemon.json) : undefined,
  );
  add('etc-docker', etcDocker, rootless ? 'rootless configuration directory' : 'dockerd default');
  const certsDir = posix.join(etcDocker, 'certs.d');
  for (const f of walkFiles(fs, certsDir)) add('registry-certs', f, `under ${certsDir}`);
  if (!paths['registry-certs']) notApplicable['registry-certs'] = `there are no registry certificates in ${certsDir}`;

  // data root and exec root
  const info = daemon.info;
  const dataRootInfo = typeof info?.DockerRootDir === 'string' ? info.DockerRootDir : undefined;
  const dataRootSetting = stringSetting(daemon, 'data-root', '');
  const graph = stringSetting(daemon, 'graph', '');
  const defaultDataRoot = rootless ? posix.join(dataHome, 'docker') : '/var/lib/docker';
  if (dataRootInfo) add('data-root', dataRootInfo, 'docker info DockerRootDir');
  else if (known(dataRootSetting)) add('data-root', known(dataRootSetting) as string, written(dataRootSetting));
  else if (known(graph)) add('data-root', known(graph) as string, written(graph));
  else add('data-root', defaultDataRoot, 'dockerd default');
  const execRoot =
    known(stringSetting(daemon, 'exec-root', '')) || (rootless ? posix.join(runtimeDir, 'docker') : '/var/run/docker');

  // the API sockets
  const hosts = listSetting(daemon, 'hosts');
  const defaultSocket = rootless ? posix.join(runtimeDir, 'docker.sock') : '/var/run/docker.sock';
  const systemd = systemdRunning(fs);
  const endpointSocket = input.endpoint?.startsWith('unix://') ? input.endpoint.slice('unix://'.length) : undefined;
  if (hosts.from === 'unknown' && endpointSocket)
    add('docker.sock', endpointSocket, 'the endpoint the engine answers on');
  else if (hosts.from === 'unknown') add('docker.sock', defaultSocket, `dockerd default (${hosts.reason})`);
  else if (hosts.value.length === 0) add('docker.sock', defaultSocket, 'dockerd default (no -H)');
  for (const h of hosts.from === 'unknown' ? [] : hosts.value) {
    if (h.text.startsWith('unix://')) add('docker.sock', h.text.slice('unix://'.length) || defaultSocket, h.written);
    else if (h.text.startsWith('/')) add('docker.sock', h.text, h.written);
    else if (h.text.startsWith('fd://')) {
      const unit = systemd ? unitFile(fs, 'docker.socket') : undefined;
      const streams = unit ? listenStreams(fs.readFile(unit.path) ?? '').filter((s) => s.startsWith('/')) : [];
      for (const s of streams.length ? streams : ['/run/docker.sock'])
        add('docker.sock', s, `${h.written} (socket activation${unit ? `: ListenStream in ${unit.path}` : ''})`);
    }
  }

  // containerd: the one dockerd was told to use, else its own child, else the system one when its socket exists
  const containerdFlag = stringSetting(daemon, 'containerd', '');
  const child = pid !== undefined && proc ? containerdChild(proc, pid) : undefined;
  const childConfig = child?.config;
  const childAddress = child?.address ?? (childConfig ? tomlGrpcAddress(fs.readFile(childConfig)) : undefined);
  const systemSocket = rootless
    ? posix.join(runtimeDir, 'containerd/containerd.sock')
    : '/run/containerd/containerd.sock';
  if (known(containerdFlag)) add('containerd.sock', known(containerdFlag) as string, written(containerdFlag));
  else if (childAddress) add('containerd.sock', childAddress, `the containerd dockerd started (pid ${child?.pid})`);
  else if (statPath(fs, systemSocket))
    add('containerd.sock', systemSocket, 'the system containerd (its socket exists)');
  else
    add(
      'containerd.sock',
      posix.join(execRoot, 'containerd/containerd.sock'),
      `the containerd dockerd starts under its exec root ${execRoot}`,
    );
  for (const s of paths['containerd.sock'] ?? [])
    add('containerd-state', posix.dirname(s.path), `the directory of ${s.path}`);
  if (childConfig)
    add('containerd-config', childConfig, `--config of the containerd dockerd started (pid ${child?.pid})`);
  else add('containerd-config', '/etc/containerd/config.toml', 'containerd default');

  // TLS files, when TLS is on
  const tls = known(boolSetting(daemon, 'tls', false)) || known(boolSetting(daemon, 'tlsverify', false));
  const certDir = posix.join(home, '.docker');
  const tlsFiles: [HostRole, string, string][] = [
    ['tls-ca', 'tlscacert', 'ca.pem'],
    ['tls-cert', 'tlscert', 'cert.pem'],
    ['tls-key', 'tlskey', 'key.pem'],
  ];
  for (const [role, key, file] of tlsFiles) {
    const s = stringSetting(daemon, key, '');
    if (s.from !== 'unknown' && s.value) add(role, s.value, s.written);
    else if (tls) add(role, posix.join(certDir, file), `dockerd default with TLS on (${certDir})`);
    else
      notApplicable[role] =
        s.from === 'unknown'
          ? `whether the daemon uses TLS is not known (${s.reason})`
          : 'the daemon does not use TLS (no --tls, --tlsverify or certificate files)';
  }

  // systemd units
  for (const name of ['docker.service', 'docker.socket'] as const) {
    if (!systemd) {
      notApplicable[name] = `systemd is not running on this host (no /run/systemd/system), so ${name} starts nothing`;
      continue;
    }
    const unit = unitFile(fs, name);
    if (!unit) notApplicable[name] = `there is no ${name} unit`;
    else if (unit.masked) notApplicable[name] = `${name} is masked (${unit.path} links to /dev/null)`;
    else add(name, unit.path, 'systemd unit');
  }

  add('etc-default-docker', '/etc/default/docker', 'init script environment file');
  add('etc-sysconfig-docker', '/etc/sysconfig/docker', 'init script environment file');

  // binaries
  const exe = pid !== undefined && proc ? proc.exe(pid) : undefined;
  if (exe) add('dockerd', exe, `the running dockerd (pid ${pid})`);
  else addFound('dockerd');
  if (child?.exe) add('containerd', child.exe, `the running containerd (pid ${child.pid})`);
  else addFound('containerd');
  addFound('containerd-shim');
  addFound('containerd-shim-runc-v1');
  addFound('containerd-shim-runc-v2');
  const runtimes = info?.Runtimes as Record<string, { path?: string }> | undefined;
  const runcPath = runtimes?.runc?.path;
  if (runcPath?.startsWith('/')) add('runc', runcPath, 'docker info Runtimes');
  else addFound('runc');
  function addFound(role: HostRole) {
    for (const dir of BIN_DIRS) {
      const p = posix.join(dir, role);
      if (statPath(fs, p)) return add(role, p, `found in ${dir}`);
    }
    paths[role] = [];
    notApplicable[role] = `${role} is not installed (not in ${BIN_DIRS.join(', ')})`;
  }

  const groupSetting = stringSetting(daemon, 'group', 'docker');
  const groupName = groupSetting.from === 'unknown' ? 'docker' : groupSetting.value || 'docker';
  const members = groupMembers(accounts, groupName);

  return {
    kind: 'host',
    target: input.target ?? `host:${fs.root}`,
    root: fs.root,
    daemon: daemon.name,
    owner: { uid, user, rootless },
    systemd,
    paths,
    notApplicable,
    accounts,
    dockerGroup: {
      name: groupName,
      ...(members ? { gid: members.gid } : {}),
      members: members?.members ?? [],
      from: groupSetting.from === 'flag' || groupSetting.from === 'file' ? groupSetting.written : 'dockerd default',
    },
    audit: readAuditRules(fs, input.auditctl),
    mounts: readMounts(fs, proc, pid, input.mountinfo),
    diagnostics,
  };
}

/**
 * The user the daemon runs as and its directories: root, or for a rootless daemon the user it runs as, with the XDG
 * directories from its environment (rootless dockerd keeps its socket, data and configuration there).
 */
export function daemonUser(fs: HostFs, proc: ProcReader | undefined, pid: number | undefined, rootless: boolean) {
  const accounts = parseAccounts(fs.readFile('/etc/passwd'), fs.readFile('/etc/group'));
  const uid = rootless && pid !== undefined && proc ? (processUid(proc, pid) ?? 0) : 0;
  const user = userName(accounts, uid);
  const env = pid !== undefined && proc ? processEnv(proc, pid) : {};
  const home = env.HOME ?? homeDirs(fs.readFile('/etc/passwd')).get(user) ?? (uid === 0 ? '/root' : `/home/${user}`);
  return {
    uid,
    user,
    home,
    runtimeDir: env.XDG_RUNTIME_DIR ?? `/run/user/${uid}`,
    configHome: env.XDG_CONFIG_HOME ?? posix.join(home, '.config'),
    dataHome: env.XDG_DATA_HOME ?? posix.join(home, '.local/share'),
  };
}

function written(s: { from: string; written?: string }): string {
  return s.written ?? s.from;
}

function homeDirs(passwd: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of (passwd ?? '').split('\n')) {
    const f = line.split(':');
    if (f[0] && f[5]) out.set(f[0], f[5]);
  }
  return out;
}

/** The containerd process dockerd started, with its socket address or config file from its command line. */
function containerdChild(
  proc: ProcReader,
  pid: number,
): { pid: number; exe?: string; address?: string; config?: string } | undefined {
  for (const c of childrenOf(proc, pid)) {
    const argv = proc.argv(c);
    if (!argv || !/(^|\/)containerd$/.test(argv[0] ?? '')) continue;
    let address: string | undefined;
    let config: string | undefined;
    for (let i = 1; i < argv.length; i++) {
      const a = argv[i] as string;
      const m = /^--?(address|a|config|c)(?:=(.*))?$/.exec(a);
      if (!m) continue;
      const value = m[2] ?? argv[++i];
      if (m[1] === 'address' || m[1] === 'a') address = value;
      else config = value;
    }
    const exe = proc.exe(c);
    return { pid: c, ...(exe ? { exe } : {}), ...(address ? { address } : {}), ...(config ? { config } : {}) };
  }
  return undefined;
}

/** `address = "…"` in the `[grpc]` table of a containerd config. */
function tomlGrpcAddress(text: string | undefined): string | undefined {
  if (!text) return undefined;
  let table = '';
  for (const line of text.split('\n')) {
    const t = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (t) table = (t[1] as string).trim();
    const m = /^\s*address\s*=\s*["']([^"']+)["']/.exec(line);
    if (m && table === 'grpc') return m[1];
  }
  return undefined;
}

function readAuditRules(fs: HostFs, auditctl: HostReadInput['auditctl']): HostDoc['audit'] {
  const found = readAuditWatches(fs, auditctl);
  if (!found.origin) return found;
  // The kernel watches the file a path names when the rule is loaded: compare with links followed.
  for (const w of found.watches) {
    const real = resolvePath(fs, w.path);
    if (real && real !== w.path) w.real = real;
  }
  return found;
}

function readAuditWatches(fs: HostFs, auditctl: HostReadInput['auditctl']): HostDoc['audit'] {
  if (auditctl) return { origin: auditctl.origin, watches: parseAuditRules(auditctl.text, auditctl.origin) };
  const dir = '/etc/audit/rules.d';
  const files = (fs.readdir(dir) ?? []).filter((f) => f.endsWith('.rules')).sort(naturalCompare);
  if (files.length > 0) {
    // augenrules concatenates them in this order into audit.rules, which auditd loads at boot.
    let watches: AuditWatch[] = [];
    for (const f of files)
      watches = parseAuditRules(fs.readFile(posix.join(dir, f)) ?? '', posix.join(dir, f), watches);
    return { origin: `${dir}/*.rules`, watches };
  }
  const rules = fs.readFile('/etc/audit/audit.rules');
  if (rules !== undefined)
    return { origin: '/etc/audit/audit.rules', watches: parseAuditRules(rules, '/etc/audit/audit.rules') };
  return {
    reason:
      'no audit rules are configured (no /etc/audit/rules.d/*.rules, no /etc/audit/audit.rules, and no auditctl -l output was given)',
  };
}

function naturalCompare(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function readMounts(
  fs: HostFs,
  proc: ProcReader | undefined,
  pid: number | undefined,
  given: HostReadInput['mountinfo'],
): HostDoc['mounts'] {
  if (given) return { origin: given.origin, entries: parseMountinfo(given.text) };
  // The daemon's own mount namespace shows its data root as the daemon sees it, in host paths.
  const own = pid !== undefined ? proc?.read(pid, 'mountinfo') : undefined;
  if (own) return { origin: `/proc/${pid}/mountinfo`, entries: parseMountinfo(own) };
  const self = proc?.read('self', 'mountinfo');
  if (self) return { origin: '/proc/self/mountinfo', entries: underRoot(parseMountinfo(self), fs.root) };
  return { reason: 'the mount table is not readable (no /proc)' };
}
