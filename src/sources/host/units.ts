import { posix } from 'node:path';
import { type HostFs, resolvePath } from './fs.js';

/** Where systemd looks for system units, in its order of precedence. */
export const UNIT_DIRS = [
  '/etc/systemd/system',
  '/run/systemd/system',
  '/usr/local/lib/systemd/system',
  '/usr/lib/systemd/system',
  '/lib/systemd/system',
];

/** sd_booted(): systemd is the running init when /run/systemd/system is a directory. */
export function systemdRunning(fs: HostFs): boolean {
  return fs.lstat('/run/systemd/system')?.type === 'dir';
}

/**
 * The file systemd loads a unit from (what `systemctl show -p FragmentPath` prints): the first unit directory that
 * has it. A unit linked to /dev/null is masked and loads nothing.
 */
export function unitFile(
  fs: HostFs,
  name: string,
  dirs: readonly string[] = UNIT_DIRS,
): { path: string; masked: boolean } | undefined {
  for (const dir of dirs) {
    const path = posix.join(dir, name);
    const info = fs.lstat(path);
    if (!info) continue;
    const masked =
      info.type === 'symlink' && (fs.readlink(path) === '/dev/null' || resolvePath(fs, path) === '/dev/null');
    return { path, masked };
  }
  return undefined;
}

/** The unit's drop-ins (`docker.service.d/*.conf`), in the order systemd applies them (by file name). */
export function dropIns(fs: HostFs, name: string, dirs: readonly string[] = UNIT_DIRS): string[] {
  const byName = new Map<string, string>();
  for (const dir of [...dirs].reverse()) {
    const d = posix.join(dir, `${name}.d`);
    for (const f of fs.readdir(d) ?? []) if (f.endsWith('.conf')) byName.set(f, posix.join(d, f));
  }
  return [...byName.keys()].sort().map((k) => byName.get(k) as string);
}

/** The `ListenStream=` paths of a socket unit (a later empty one resets the list). */
export function listenStreams(text: string): string[] {
  let out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*ListenStream\s*=\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    if (m[1] === '') out = [];
    else out.push(m[1] as string);
  }
  return out;
}
