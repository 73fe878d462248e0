import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { posix } from 'node:path';

export type FileType = 'file' | 'dir' | 'socket' | 'symlink' | 'other';

/** What a host audit needs to know of a file: its type, permission bits and numeric owner. */
export interface FileInfo {
  type: FileType;
  /** Permission bits with setuid/setgid/sticky: `0o644`. */
  mode: number;
  uid: number;
  gid: number;
}

/**
 * A host's file system, by the absolute paths the host itself uses. The live one reads under a host root (`/`, or
 * `/mnt/host` when the host's file system is mounted into a container); rule examples and tests use one built in
 * memory from a description.
 */
export interface HostFs {
  /** The directory the host's `/` is read from, for messages. */
  readonly root: string;
  lstat(path: string): FileInfo | undefined;
  readFile(path: string): string | undefined;
  readdir(path: string): string[] | undefined;
  readlink(path: string): string | undefined;
}

function typeOf(s: import('node:fs').Stats): FileType {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'dir';
  if (s.isSocket()) return 'socket';
  if (s.isSymbolicLink()) return 'symlink';
  return 'other';
}

/** The host file system under `root`. Paths are joined under it, never resolved against the running process's `/`. */
export function diskFs(root: string): HostFs {
  const at = (p: string) => (root === '/' ? p : posix.join(root, p));
  const quiet =
    <T>(f: (p: string) => T) =>
    (p: string): T | undefined => {
      try {
        return f(at(p));
      } catch {
        return undefined;
      }
    };
  return {
    root,
    lstat: quiet((p) => {
      const s = lstatSync(p);
      return { type: typeOf(s), mode: s.mode & 0o7777, uid: s.uid, gid: s.gid };
    }),
    readFile: quiet((p) => readFileSync(p, 'utf8')),
    readdir: quiet((p) => readdirSync(p).sort()),
    readlink: quiet((p) => readlinkSync(p)),
  };
}

/**
 * The path with every symbolic link followed inside the host (an absolute link target is taken from the host's `/`,
 * not the auditing process's), or `undefined` when some component is missing or the links loop.
 */
export function resolvePath(fs: HostFs, path: string): string | undefined {
  let pending = posix.normalize(path).split('/').filter(Boolean);
  let current = '/';
  let hops = 0;
  while (pending.length > 0) {
    const name = pending.shift() as string;
    if (name === '.') continue;
    if (name === '..') {
      current = posix.dirname(current);
      continue;
    }
    const next = posix.join(current, name);
    const info = fs.lstat(next);
    if (!info) return undefined;
    if (info.type === 'symlink') {
      if (++hops > 40) return undefined;
      const target = fs.readlink(next);
      if (target === undefined) return undefined;
      pending = [...target.split('/').filter(Boolean), ...pending];
      if (target.startsWith('/')) current = '/';
      continue;
    }
    current = next;
  }
  return current;
}

/** The file a path names after its links are followed, with the path it resolves to. */
export function statPath(fs: HostFs, path: string): { real: string; info: FileInfo } | undefined {
  const real = resolvePath(fs, path);
  if (real === undefined) return undefined;
  const info = fs.lstat(real);
  return info ? { real, info } : undefined;
}

/** Every regular file under a directory (links followed), in sorted order; at most `limit` of them. */
export function walkFiles(fs: HostFs, dir: string, limit = 10_000): string[] {
  const out: string[] = [];
  const visit = (d: string, depth: number) => {
    if (depth > 16 || out.length >= limit) return;
    for (const name of fs.readdir(d) ?? []) {
      const p = posix.join(d, name);
      const s = statPath(fs, p);
      if (!s) continue;
      if (s.info.type === 'dir') visit(p, depth + 1);
      else if (s.info.type === 'file' && out.length < limit) out.push(p);
    }
  };
  visit(dir, 0);
  return out;
}

/** An octal mode as people write it: `0644`, `0660`, `4755`. */
export function formatMode(mode: number): string {
  const s = (mode & 0o7777).toString(8);
  return s.length < 4 ? s.padStart(4, '0') : s;
}
