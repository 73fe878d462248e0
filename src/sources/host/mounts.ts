import { posix } from 'node:path';

/** One line of /proc/<pid>/mountinfo. */
export interface MountEntry {
  /** `major:minor` of the file system. */
  device: string;
  /** The directory of that file system this mount shows (`/` for the whole file system; else a bind mount). */
  root: string;
  mountPoint: string;
  fsType: string;
  source: string;
}

const unescape = (s: string) =>
  s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(Number.parseInt(o, 8)));

export function parseMountinfo(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.split(' ');
    const dash = f.indexOf('-', 6);
    if (f.length < 10 || dash < 0) continue;
    out.push({
      device: f[2] as string,
      root: unescape(f[3] as string),
      mountPoint: unescape(f[4] as string),
      fsType: f[dash + 1] ?? '',
      source: unescape(f[dash + 2] ?? ''),
    });
  }
  return out;
}

/**
 * The mounts of a host root seen from the auditing process: those under `root`, with `root` cut off their mount
 * points (`/mnt/host/var/lib/docker` → `/var/lib/docker`).
 */
export function underRoot(entries: readonly MountEntry[], root: string): MountEntry[] {
  if (root === '/') return [...entries];
  const r = posix.normalize(root).replace(/\/$/, '');
  return entries
    .filter((e) => e.mountPoint === r || e.mountPoint.startsWith(`${r}/`))
    .map((e) => ({ ...e, mountPoint: e.mountPoint === r ? '/' : e.mountPoint.slice(r.length) }));
}

/** The mount that shows `path`: the deepest mount point above it, the last one mounted when several are stacked. */
export function mountOf(entries: readonly MountEntry[], path: string, except?: MountEntry): MountEntry | undefined {
  let best: MountEntry | undefined;
  for (const e of entries) {
    if (e === except) continue;
    const covers = e.mountPoint === '/' || path === e.mountPoint || path.startsWith(`${e.mountPoint}/`);
    if (covers && (!best || e.mountPoint.length >= best.mountPoint.length)) best = e;
  }
  return best;
}

export type PartitionVerdict =
  | { separate: true; mount: MountEntry }
  | { separate: false; mount: MountEntry; why: string };

/**
 * Whether a directory has a file system of its own. dockerd bind-mounts its data root onto itself (so that it can
 * make the mount private), which makes `mountpoint /var/lib/docker` succeed on any host: a mount at the directory
 * only counts when its device differs from the device of the file system its parent directory is on.
 */
export function separatePartition(entries: readonly MountEntry[], path: string): PartitionVerdict | undefined {
  const dir = posix.normalize(path).replace(/(.)\/$/, '$1');
  const mount = mountOf(entries, dir);
  if (!mount) return undefined;
  if (mount.mountPoint !== dir)
    return {
      separate: false,
      mount,
      why: `it is a directory of the ${mount.fsType} file system mounted at ${mount.mountPoint} (${mount.source}, device ${mount.device})`,
    };
  const parent = mountOf(
    entries.filter((e) => e.mountPoint !== dir),
    posix.dirname(dir),
  );
  if (parent && parent.device === mount.device)
    return {
      separate: false,
      mount,
      why: `the mount at ${dir} is a bind mount of ${mount.root} on device ${mount.device}, the same ${mount.fsType} file system as ${parent.mountPoint} (${parent.source})`,
    };
  return { separate: true, mount };
}
