import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { InputKind } from '../rules/rule.js';
import { looksLikeDockerdCommand } from './daemon/cmdline.js';

/** Directories never walked into. */
const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '.terraform', '.venv', '__pycache__']);

export interface DiscoveredInput {
  /** Path as given (or joined under a directory that was given). */
  path: string;
  kind: InputKind;
}

/** Classifies a file by its name; `undefined` when the name says nothing. */
export function kindFromName(path: string): InputKind | undefined {
  const name = basename(path);
  const lower = name.toLowerCase();
  if (
    /^(docker|container)file([.-].+)?$/i.test(name) ||
    lower.endsWith('.dockerfile') ||
    lower.endsWith('.containerfile')
  ) {
    return 'dockerfile';
  }
  if (/^(docker-)?compose([.-][^/]*)?\.ya?ml$/i.test(name)) return 'compose';
  // dockerd's configuration file, and the files that give dockerd its command line.
  if (lower === 'daemon.json' || lower.endsWith('.daemon.json')) return 'daemon';
  if (lower === 'docker.service' || /(^|[/\\])docker\.service\.d[/\\][^/\\]+\.conf$/.test(path)) return 'daemon';
  // `docker save` / OCI image layout archives, plain or gzip
  if (/\.(tar|tar\.gz|tgz)$/i.test(lower)) return 'image';
  // The kubelet's command line: kubeadm's flags file, its systemd unit and drop-ins, /etc/default/kubelet.
  if (
    lower === 'kubeadm-flags.env' ||
    /^kubelet\.(service|env)$/.test(lower) ||
    /(^|[/\\])kubelet\.service\.d[/\\][^/\\]+\.conf$/.test(path) ||
    /(^|[/\\])(default|sysconfig)[/\\]kubelet$/.test(path)
  )
    return 'kubelet-flags';
  return undefined;
}

/** Classifies a binary input by its first bytes: a tar (ustar magic) or gzip archive is taken for an image. */
export function kindFromBytes(head: Uint8Array): InputKind | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'image';
  if (head.length >= 262 && Buffer.from(head.subarray(257, 262)).toString('latin1') === 'ustar') return 'image';
  return undefined;
}

/** Reads the first bytes of a file given explicitly to tell an image archive from text. */
export async function sniffBinary(path: string): Promise<InputKind | undefined> {
  let handle: import('node:fs/promises').FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return kindFromBytes(buffer.subarray(0, bytesRead));
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/** YAML and JSON files say what they are in their content. */
export function isStructuredName(path: string): boolean {
  return /\.(ya?ml|json)$/i.test(path);
}

/** Classifies text by its content: used for stdin and for files whose name says nothing. */
export function kindFromContent(text: string): InputKind | undefined {
  const head = text.slice(0, 65536);
  // The kubelet's command line: an environment file or a systemd unit (whose `[Service]` is not JSON).
  if (
    /^\s*(Environment\s*=\s*"?)?KUBELET_\w*ARGS\s*=/m.test(head) ||
    /^\s*ExecStart\s*=\s*[-@+!:]*\S*\bkubelet(\s|$)/m.test(head)
  )
    return 'kubelet-flags';
  if (looksLikeDockerdCommand(head)) return 'daemon';
  if (/^\s*[{[]/.test(head)) {
    if (/"apiVersion"\s*:/.test(head) && /"kind"\s*:/.test(head)) return 'kubernetes';
    return undefined;
  }
  if (/^apiVersion\s*:/m.test(head) && /^kind\s*:/m.test(head)) {
    return /^kind\s*:\s*["']?KubeletConfiguration\b/m.test(head) ? 'kubelet' : 'kubernetes';
  }
  if (/^\s*-?\s*apiVersion\s*:/m.test(head) && /^\s*kind\s*:/m.test(head)) return 'kubernetes';
  if (/^services\s*:\s*(#.*)?$/m.test(head)) return 'compose';
  // The first instruction of a Dockerfile is FROM, or ARG / a parser directive before it.
  for (const raw of text.split(/\r?\n/, 200)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    return /^(FROM|ARG)\s/i.test(line) ? 'dockerfile' : undefined;
  }
  return undefined;
}

/**
 * Expands the given paths into inputs: files are classified by name (then content when asked explicitly), and
 * directories are walked in sorted order, so that the result is deterministic.
 */
export async function discoverInputs(
  paths: readonly string[],
  onDisk: (p: string) => string = (p) => p,
): Promise<{
  inputs: DiscoveredInput[];
  unreadable: { path: string; error: NodeJS.ErrnoException }[];
  unknown: string[];
}> {
  const inputs: DiscoveredInput[] = [];
  const unreadable: { path: string; error: NodeJS.ErrnoException }[] = [];
  const unknown: string[] = [];
  async function walk(dir: string): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      // Synchronous, as sniff(): a tree has thousands of directories, and nothing else runs during discovery.
      entries = readdirSync(onDisk(dir), { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: dir, error: error as NodeJS.ErrnoException });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) await walk(p);
      } else if (e.isFile()) {
        const kind = kindFromName(p) ?? (isStructuredName(p) ? sniff(onDisk(p)) : undefined);
        if (kind) inputs.push({ path: p, kind });
      }
    }
  }
  for (const p of paths) {
    let s: import('node:fs').Stats;
    try {
      s = await stat(onDisk(p));
    } catch (error) {
      unreadable.push({ path: p, error: error as NodeJS.ErrnoException });
      continue;
    }
    if (s.isDirectory()) await walk(p);
    else {
      const kind = kindFromName(p);
      if (kind) inputs.push({ path: p, kind });
      else unknown.push(p);
    }
  }
  return { inputs, unreadable, unknown };
}

const SNIFF_BUFFER = Buffer.alloc(65536);

/**
 * Reads the head of a YAML/JSON file to classify it; unreadable files are left to the reader to report. Synchronous
 * on purpose: a tree holds thousands of these files, and a round trip to the thread pool for each open, read and
 * close left the audit waiting most of its discovery.
 */
function sniff(path: string): InputKind | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const bytesRead = readSync(fd, SNIFF_BUFFER, 0, SNIFF_BUFFER.length, 0);
    return kindFromContent(SNIFF_BUFFER.subarray(0, bytesRead).toString('utf8'));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
