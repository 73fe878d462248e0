import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { posix } from 'node:path';
import { isDockerd, parseDockerdArgs, splitProcCmdline } from './flags.js';

/** What the audit reads of the host's processes. The live one reads a procfs; tests give a fixed one. */
export interface ProcReader {
  pids(): number[];
  /** Program first; `undefined` for a process gone or not readable. */
  argv(pid: number): string[] | undefined;
  /** `/proc/<pid>/<name>` as text: `mountinfo`, `status`, `environ`, `stat`. */
  read(pid: number | 'self', name: string): string | undefined;
  /** The program's path as the host sees it (`/proc/<pid>/exe`). */
  exe(pid: number): string | undefined;
}

/** The procfs at `root` (`/proc`). */
export function procReader(root = '/proc'): ProcReader {
  const read = (pid: number | 'self', name: string) => {
    try {
      return readFileSync(posix.join(root, String(pid), name), 'utf8');
    } catch {
      return undefined;
    }
  };
  return {
    pids() {
      try {
        return readdirSync(root)
          .filter((n) => /^\d+$/.test(n))
          .map(Number)
          .sort((a, b) => a - b);
      } catch {
        return [];
      }
    },
    argv(pid) {
      const raw = read(pid, 'cmdline');
      return raw ? splitProcCmdline(raw) : undefined;
    },
    read,
    exe(pid) {
      try {
        return readlinkSync(posix.join(root, String(pid), 'exe')).replace(/ \(deleted\)$/, '');
      } catch {
        return undefined;
      }
    },
  };
}

/** The parent of a process, from `/proc/<pid>/stat` (the field after the parenthesised command name). */
export function parentPid(proc: ProcReader, pid: number): number | undefined {
  const stat = proc.read(pid, 'stat');
  const m = stat ? /\)\s+\S\s+(\d+)/.exec(stat) : null;
  return m ? Number(m[1]) : undefined;
}

/** The processes whose parent is `pid`. */
export function childrenOf(proc: ProcReader, pid: number): number[] {
  return proc.pids().filter((p) => parentPid(proc, p) === pid);
}

/** The real user id of a process (`Uid:` in `/proc/<pid>/status`). */
export function processUid(proc: ProcReader, pid: number): number | undefined {
  const m = /^Uid:\s+(\d+)/m.exec(proc.read(pid, 'status') ?? '');
  return m ? Number(m[1]) : undefined;
}

/** A process's environment variables. */
export function processEnv(proc: ProcReader, pid: number): Record<string, string> {
  const raw = proc.read(pid, 'environ') ?? '';
  const env: Record<string, string> = {};
  for (const kv of raw.split('\0')) {
    const eq = kv.indexOf('=');
    if (eq > 0) env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return env;
}

export interface DockerdProcess {
  pid: number;
  argv: string[];
}

/** `/var/run` is a link to `/run` on every current distribution: compare socket paths with it followed. */
export function canonicalRunPath(path: string): string {
  return path.replace(/^\/var\/run(\/|$)/, '/run$1');
}

/** The unix socket paths and tcp ports a dockerd command line listens on (`-H`, or `--host`). */
function listeners(argv: readonly string[]): { unix: string[]; tcp: string[]; fd: boolean; given: boolean } {
  const flags = parseDockerdArgs(argv.slice(1).map((text) => ({ text })));
  const hosts = flags.list('host').map((f) => f.value);
  const unix: string[] = [];
  const tcp: string[] = [];
  let fd = false;
  for (const h of hosts) {
    if (h.startsWith('unix://')) unix.push(canonicalRunPath(h.slice('unix://'.length) || '/var/run/docker.sock'));
    else if (h.startsWith('fd://')) fd = true;
    else if (h.startsWith('/')) unix.push(canonicalRunPath(h));
    else tcp.push(/:(\d+)$/.exec(h)?.[1] ?? '2375');
  }
  return { unix, tcp, fd, given: hosts.length > 0 };
}

/**
 * Finds the dockerd process that serves an engine: among the host's dockerd processes, the one listening on the
 * endpoint's socket (or tcp port) and, when known, using the data root `docker info` reports. With one dockerd and
 * nothing that contradicts it, that one. `reason` says why none was picked.
 */
export function findDockerd(
  proc: ProcReader,
  hint: { endpoint?: string; dataRoot?: string; hostsFromConfig?: (argv: string[]) => string[] | undefined },
): { process: DockerdProcess } | { reason: string } {
  const candidates: DockerdProcess[] = [];
  for (const pid of proc.pids()) {
    const argv = proc.argv(pid);
    if (argv && isDockerd(argv[0])) candidates.push({ pid, argv });
  }
  if (candidates.length === 0) return { reason: 'no dockerd process is visible in this PID namespace' };
  const endpoint = hint.endpoint;
  const unixPath = endpoint?.startsWith('unix://')
    ? canonicalRunPath(endpoint.slice('unix://'.length))
    : endpoint?.startsWith('/')
      ? canonicalRunPath(endpoint)
      : undefined;
  const tcpPort =
    endpoint && /^(tcp|https?):\/\//.test(endpoint) ? (/:(\d+)\/?$/.exec(endpoint)?.[1] ?? '2376') : undefined;
  const matches = candidates.filter((c) => {
    const l = listeners(c.argv);
    if (!l.given) {
      const fromConfig = hint.hostsFromConfig?.(c.argv);
      if (fromConfig)
        for (const h of listeners(['dockerd', ...fromConfig.flatMap((x) => ['-H', x])]).unix) l.unix.push(h);
      else l.unix.push('/run/docker.sock');
    }
    if (l.fd) l.unix.push('/run/docker.sock');
    if (unixPath && !l.unix.includes(unixPath)) return false;
    if (tcpPort && !l.tcp.includes(tcpPort)) return false;
    if (hint.dataRoot) {
      const flags = parseDockerdArgs(c.argv.slice(1).map((text) => ({ text })));
      const root = flags.get('data-root')?.value ?? flags.get('graph')?.value;
      if (root && posix.normalize(root) !== posix.normalize(hint.dataRoot)) return false;
    }
    return true;
  });
  if (matches.length === 1) return { process: matches[0] as DockerdProcess };
  if (matches.length === 0)
    return {
      reason: `none of the ${candidates.length} dockerd processes (pid ${candidates.map((c) => c.pid).join(', ')}) listens on ${endpoint ?? 'the endpoint'}${hint.dataRoot ? ` with data root ${hint.dataRoot}` : ''}`,
    };
  return {
    reason: `${matches.length} dockerd processes (pid ${matches.map((c) => c.pid).join(', ')}) could serve ${endpoint ?? 'the engine'}; give the command line explicitly`,
  };
}
