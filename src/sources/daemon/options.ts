/**
 * The dockerd options the CIS Docker Benchmark looks at, and enough of the others to parse a command line the way
 * dockerd's flag library (spf13/pflag) does: a boolean flag never takes the next argument as its value, and a list
 * flag accumulates its occurrences, while any other flag keeps its last occurrence.
 */

export type OptionKind = 'bool' | 'string' | 'list';

export interface DockerdOption {
  /** The daemon.json key. */
  key: string;
  /** The long flag, without dashes; absent for keys no flag sets (`features`). */
  flag?: string;
  /** The one-letter shorthand (`H` for `--host`). */
  short?: string;
  kind: OptionKind;
}

// `key` is the daemon.json name; dockerd reports a key given both there and as its flag as a conflict at start-up.
const OPTIONS: readonly DockerdOption[] = [
  { key: 'hosts', flag: 'host', short: 'H', kind: 'list' },
  { key: 'debug', flag: 'debug', short: 'D', kind: 'bool' },
  { key: 'log-level', flag: 'log-level', short: 'l', kind: 'string' },
  { key: 'group', flag: 'group', short: 'G', kind: 'string' },
  { key: 'pidfile', flag: 'pidfile', short: 'p', kind: 'string' },
  { key: 'bridge', flag: 'bridge', short: 'b', kind: 'string' },
  { key: 'graph', flag: 'graph', short: 'g', kind: 'string' },
  { key: 'storage-driver', flag: 'storage-driver', short: 's', kind: 'string' },
  { key: 'storage-opts', flag: 'storage-opt', kind: 'list' },
  { key: 'data-root', flag: 'data-root', kind: 'string' },
  { key: 'exec-root', flag: 'exec-root', kind: 'string' },
  { key: 'containerd', flag: 'containerd', kind: 'string' },
  { key: 'containerd-namespace', flag: 'containerd-namespace', kind: 'string' },
  { key: 'config-file', flag: 'config-file', kind: 'string' },
  { key: 'tls', flag: 'tls', kind: 'bool' },
  { key: 'tlsverify', flag: 'tlsverify', kind: 'bool' },
  { key: 'tlscacert', flag: 'tlscacert', kind: 'string' },
  { key: 'tlscert', flag: 'tlscert', kind: 'string' },
  { key: 'tlskey', flag: 'tlskey', kind: 'string' },
  { key: 'icc', flag: 'icc', kind: 'bool' },
  { key: 'iptables', flag: 'iptables', kind: 'bool' },
  { key: 'ip6tables', flag: 'ip6tables', kind: 'bool' },
  { key: 'ip-forward', flag: 'ip-forward', kind: 'bool' },
  { key: 'ip-masq', flag: 'ip-masq', kind: 'bool' },
  { key: 'ipv6', flag: 'ipv6', kind: 'bool' },
  { key: 'ip', flag: 'ip', kind: 'string' },
  { key: 'bip', flag: 'bip', kind: 'string' },
  { key: 'fixed-cidr', flag: 'fixed-cidr', kind: 'string' },
  { key: 'fixed-cidr-v6', flag: 'fixed-cidr-v6', kind: 'string' },
  { key: 'mtu', flag: 'mtu', kind: 'string' },
  { key: 'userland-proxy', flag: 'userland-proxy', kind: 'bool' },
  { key: 'userland-proxy-path', flag: 'userland-proxy-path', kind: 'string' },
  { key: 'insecure-registries', flag: 'insecure-registry', kind: 'list' },
  { key: 'registry-mirrors', flag: 'registry-mirror', kind: 'list' },
  { key: 'allow-nondistributable-artifacts', flag: 'allow-nondistributable-artifacts', kind: 'list' },
  { key: 'authorization-plugins', flag: 'authorization-plugin', kind: 'list' },
  { key: 'log-driver', flag: 'log-driver', kind: 'string' },
  { key: 'log-opts', flag: 'log-opt', kind: 'list' },
  { key: 'userns-remap', flag: 'userns-remap', kind: 'string' },
  { key: 'cgroup-parent', flag: 'cgroup-parent', kind: 'string' },
  { key: 'default-cgroupns-mode', flag: 'default-cgroupns-mode', kind: 'string' },
  { key: 'default-ulimits', flag: 'default-ulimit', kind: 'list' },
  { key: 'no-new-privileges', flag: 'no-new-privileges', kind: 'bool' },
  { key: 'live-restore', flag: 'live-restore', kind: 'bool' },
  { key: 'seccomp-profile', flag: 'seccomp-profile', kind: 'string' },
  { key: 'selinux-enabled', flag: 'selinux-enabled', kind: 'bool' },
  { key: 'experimental', flag: 'experimental', kind: 'bool' },
  { key: 'init', flag: 'init', kind: 'bool' },
  { key: 'init-path', flag: 'init-path', kind: 'string' },
  { key: 'raw-logs', flag: 'raw-logs', kind: 'bool' },
  { key: 'rootless', flag: 'rootless', kind: 'bool' },
  { key: 'labels', flag: 'label', kind: 'list' },
  { key: 'dns', flag: 'dns', kind: 'list' },
  { key: 'dns-opts', flag: 'dns-opt', kind: 'list' },
  { key: 'dns-search', flag: 'dns-search', kind: 'list' },
  { key: 'exec-opts', flag: 'exec-opt', kind: 'list' },
  { key: 'runtimes', flag: 'add-runtime', kind: 'list' },
  { key: 'default-runtime', flag: 'default-runtime', kind: 'string' },
  { key: 'default-shm-size', flag: 'default-shm-size', kind: 'string' },
  { key: 'default-ipc-mode', flag: 'default-ipc-mode', kind: 'string' },
  { key: 'default-address-pools', flag: 'default-address-pool', kind: 'list' },
  { key: 'max-concurrent-downloads', flag: 'max-concurrent-downloads', kind: 'string' },
  { key: 'max-concurrent-uploads', flag: 'max-concurrent-uploads', kind: 'string' },
  { key: 'shutdown-timeout', flag: 'shutdown-timeout', kind: 'string' },
  { key: 'oom-score-adjust', flag: 'oom-score-adjust', kind: 'string' },
  { key: 'validate', flag: 'validate', kind: 'bool' },
  { key: 'disable-legacy-registry', flag: 'disable-legacy-registry', kind: 'bool' },
  { key: 'cluster-store', flag: 'cluster-store', kind: 'string' },
  { key: 'cluster-advertise', flag: 'cluster-advertise', kind: 'string' },
  { key: 'cluster-store-opts', flag: 'cluster-store-opt', kind: 'list' },
  { key: 'swarm-default-advertise-addr', flag: 'swarm-default-advertise-addr', kind: 'string' },
  { key: 'cpu-rt-period', flag: 'cpu-rt-period', kind: 'string' },
  { key: 'cpu-rt-runtime', flag: 'cpu-rt-runtime', kind: 'string' },
  { key: 'node-generic-resources', flag: 'node-generic-resource', kind: 'list' },
  { key: 'cdi-spec-dirs', flag: 'cdi-spec-dir', kind: 'list' },
  { key: 'features', kind: 'list' },
  { key: 'builder', kind: 'list' },
  { key: 'metrics-addr', flag: 'metrics-addr', kind: 'string' },
  { key: 'host-gateway-ip', flag: 'host-gateway-ip', kind: 'string' },
  { key: 'log-format', flag: 'log-format', kind: 'string' },
];

/** Flags dockerd only takes on the command line: no daemon.json key conflicts with them. */
const FLAG_ONLY: readonly { flag: string; short?: string; kind: OptionKind }[] = [
  { flag: 'help', short: 'h', kind: 'bool' },
  { flag: 'version', short: 'v', kind: 'bool' },
];

const BY_FLAG = new Map<string, DockerdOption>();
const BY_SHORT = new Map<string, DockerdOption>();
const BY_KEY = new Map<string, DockerdOption>();
for (const o of OPTIONS) {
  BY_KEY.set(o.key, o);
  if (o.flag) BY_FLAG.set(o.flag, o);
  if (o.short) BY_SHORT.set(o.short, o);
}
for (const f of FLAG_ONLY) {
  const o: DockerdOption = { key: '', flag: f.flag, kind: f.kind, ...(f.short ? { short: f.short } : {}) };
  BY_FLAG.set(f.flag, o);
  if (f.short) BY_SHORT.set(f.short, o);
}

/** The option a long flag names (`insecure-registry`). */
export function optionOfFlag(name: string): DockerdOption | undefined {
  return BY_FLAG.get(name);
}

/** The option a one-letter shorthand names (`H`). */
export function optionOfShorthand(letter: string): DockerdOption | undefined {
  return BY_SHORT.get(letter);
}

/** The option a daemon.json key names. */
export function optionOfKey(key: string): DockerdOption | undefined {
  return BY_KEY.get(key);
}
