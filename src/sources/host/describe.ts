// A Docker host described in a few lines of YAML: its files with owners and modes, dockerd's command line, what
// `docker info` reports, its mounts and audit rules. Rule examples and tests audit these exactly as a live host is
// audited, through an in-memory file system instead of the disk.
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { parseAccounts } from './accounts.js';
import type { FileInfo, FileType, HostFs } from './fs.js';

const Mode = z.union([z.number().int().nonnegative(), z.string().regex(/^0?[0-7]{3,4}$/, 'an octal mode like "0644"')]);

const FileSchema = z
  .object({
    type: z.enum(['file', 'dir', 'socket', 'symlink']).default('file'),
    /** Octal (`"0644"`); defaults: 0644 for files, 0755 for directories, 0660 for sockets, 0777 for links. */
    mode: Mode.optional(),
    /** `user:group` by name (from the description's passwd and group) or number; default `root:root`. */
    owner: z.string().default('root:root'),
    content: z.string().optional(),
    /** A symbolic link's target. */
    target: z.string().optional(),
  })
  .strict();

export const HostDescriptionSchema = z
  .object({
    /** systemd is the running init (/run/systemd/system exists). */
    systemd: z.boolean().default(false),
    /** Files by absolute path; the directories above them exist (root:root 0755) unless listed. */
    files: z.record(z.string(), z.union([FileSchema, z.null()])).default({}),
    /** /etc/passwd and /etc/group; by default root, and a docker group (gid 999) with no members. */
    passwd: z.string().default('root:x:0:0:root:/root:/bin/bash\n'),
    group: z.string().default('root:x:0:\ndocker:x:999:\n'),
    /** /etc/docker/daemon.json, written as JSON from this value. */
    'daemon.json': z.union([z.record(z.string(), z.unknown()), z.string()]).optional(),
    /** dockerd's command line, program first. */
    dockerd: z.array(z.string()).optional(),
    /** What `docker info` reports. */
    info: z.record(z.string(), z.unknown()).optional(),
    /** The default bridge network (`null`: the daemon has none). */
    bridge: z.union([z.object({ Options: z.record(z.string(), z.string()).optional() }), z.null()]).optional(),
    /** /proc/<dockerd>/mountinfo. */
    mountinfo: z.string().optional(),
    /** `auditctl -l` output. */
    auditctl: z.string().optional(),
  })
  .strict();

export type HostDescription = z.infer<typeof HostDescriptionSchema>;

export function parseHostDescription(text: string): HostDescription {
  return HostDescriptionSchema.parse(parseYaml(text) ?? {});
}

interface MemoryFile extends FileInfo {
  content?: string;
  target?: string;
}

const DEFAULT_MODE: Record<FileType, number> = { file: 0o644, dir: 0o755, socket: 0o660, symlink: 0o777, other: 0o644 };

/** The description's files as a host file system. */
export function describedFs(d: HostDescription, root = '/'): HostFs {
  const accounts = parseAccounts(d.passwd, d.group);
  const files = new Map<string, MemoryFile>();
  const dir = (p: string) => {
    for (let q = p; ; q = posix.dirname(q)) {
      if (!files.has(q)) files.set(q, { type: 'dir', mode: 0o755, uid: 0, gid: 0 });
      if (q === '/') break;
    }
  };
  const put = (path: string, f: MemoryFile) => {
    dir(posix.dirname(path));
    files.set(path, f);
  };
  put('/etc/passwd', { type: 'file', mode: 0o644, uid: 0, gid: 0, content: d.passwd });
  put('/etc/group', { type: 'file', mode: 0o644, uid: 0, gid: 0, content: d.group });
  if (d.systemd) dir('/run/systemd/system');
  if (d['daemon.json'] !== undefined) {
    const v = d['daemon.json'];
    put('/etc/docker/daemon.json', {
      type: 'file',
      mode: 0o644,
      uid: 0,
      gid: 0,
      content: typeof v === 'string' ? v : `${JSON.stringify(v, null, 2)}\n`,
    });
  }
  for (const [path, spec] of Object.entries(d.files)) {
    if (!path.startsWith('/')) throw new Error(`files: ${path} is not an absolute path`);
    if (spec === null) {
      files.delete(path);
      continue;
    }
    const [user = 'root', group = 'root'] = spec.owner.split(':');
    const id = (name: string, map: Map<string, number>, what: string) => {
      if (/^\d+$/.test(name)) return Number(name);
      const v = map.get(name);
      if (v === undefined) throw new Error(`files: ${path}: no ${what} "${name}" in the description`);
      return v;
    };
    const gids = new Map([...accounts.byGroupName].map(([k, v]) => [k, v.gid]));
    const mode =
      spec.mode === undefined
        ? DEFAULT_MODE[spec.type]
        : typeof spec.mode === 'number'
          ? spec.mode
          : Number.parseInt(spec.mode, 8);
    put(path, {
      type: spec.type,
      mode,
      uid: id(user, accounts.userId, 'user'),
      gid: id(group, gids, 'group'),
      ...(spec.content !== undefined ? { content: spec.content } : {}),
      ...(spec.target !== undefined ? { target: spec.target } : {}),
    });
    if (spec.type === 'dir') dir(path);
  }
  return {
    root,
    lstat: (p) => {
      const f = files.get(posix.normalize(p));
      return f ? { type: f.type, mode: f.mode, uid: f.uid, gid: f.gid } : undefined;
    },
    readFile: (p) => {
      const f = files.get(posix.normalize(p));
      return f?.type === 'file' ? (f.content ?? '') : undefined;
    },
    readdir: (p) => {
      const d = posix.normalize(p);
      if (files.get(d)?.type !== 'dir') return undefined;
      const prefix = d === '/' ? '/' : `${d}/`;
      return [...files.keys()]
        .filter((k) => k !== d && k.startsWith(prefix) && !k.slice(prefix.length).includes('/'))
        .map((k) => k.slice(prefix.length))
        .sort();
    },
    readlink: (p) => files.get(posix.normalize(p))?.target,
  };
}
