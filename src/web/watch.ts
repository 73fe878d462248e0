import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface FileWatcher {
  /** Replaces the set of watched paths (files or directories, absolute). */
  setPaths(paths: readonly string[]): void;
  close(): void;
}

export interface WatchOptions {
  /** Quiet time after the last event before `onChange` runs. */
  debounceMs?: number;
  /** Re-stat interval: catches what fs.watch misses (network file systems, editors that replace files). */
  pollMs?: number;
}

/** How many files of a watched directory are stat'ed: a manifests folder, not a whole repository. */
const MAX_DIR_ENTRIES = 2000;

/**
 * Calls `onChange` when any watched file, or any file under a watched directory, changes. fs.watch watches each
 * path's parent directory, so a file replaced by rename (as editors and our own atomic save do) keeps being seen;
 * every change is confirmed by comparing stat signatures, which the poll also compares on its own.
 */
export function watchFiles(onChange: () => void, options: WatchOptions = {}): FileWatcher {
  const debounceMs = options.debounceMs ?? 150;
  const pollMs = options.pollMs ?? 1000;
  let paths: readonly string[] = [];
  let watchers: FSWatcher[] = [];
  /** Each watched path's last stat signature: a path seen for the first time sets its baseline without a change. */
  let signatures = new Map<string, string>();
  let timer: NodeJS.Timeout | undefined;
  let checking = false;
  let again = false;
  let closed = false;

  const check = async () => {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    try {
      do {
        again = false;
        const next = new Map<string, string>();
        for (const p of paths) next.set(p, await signatureOf(p));
        if (closed) return;
        const changed = [...next].some(([p, sig]) => signatures.has(p) && signatures.get(p) !== sig);
        signatures = next;
        if (changed) onChange();
      } while (again);
    } finally {
      checking = false;
    }
  };
  const schedule = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(() => void check(), debounceMs);
  };
  const poll = setInterval(() => void check(), pollMs);
  poll.unref();

  return {
    setPaths(next) {
      const sorted = [...new Set(next)].sort();
      if (sorted.join('\0') === paths.join('\0')) return;
      paths = sorted;
      for (const w of watchers) w.close();
      watchers = [];
      const dirs = new Set<string>();
      for (const p of paths) {
        dirs.add(dirname(p));
        dirs.add(p);
      }
      for (const dir of dirs) {
        try {
          const w = watch(dir, { persistent: false, recursive: false }, (_event, name) => {
            if (name === null || paths.some((p) => p === dir || basename(p) === String(name))) schedule();
          });
          w.on('error', () => {});
          watchers.push(w);
        } catch {
          // Not a directory, or gone: the poll still sees it.
        }
      }
      void check();
    },
    close() {
      closed = true;
      clearTimeout(timer);
      clearInterval(poll);
      for (const w of watchers) w.close();
    },
  };
}

async function signatureOf(path: string): Promise<string> {
  const parts: string[] = [];
  await describe(path, parts, { left: MAX_DIR_ENTRIES });
  return parts.join('\n');
}

async function describe(path: string, parts: string[], budget: { left: number }): Promise<void> {
  if (budget.left-- <= 0) return;
  const s = await stat(path).catch(() => undefined);
  if (!s) {
    parts.push(`${path} missing`);
    return;
  }
  if (!s.isDirectory()) {
    parts.push(`${path} ${s.ino} ${s.size} ${s.mtimeMs} ${s.ctimeMs}`);
    return;
  }
  const names = await readdir(path).catch(() => [] as string[]);
  parts.push(`${path}/ ${names.length}`);
  for (const name of names.sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    await describe(join(path, name), parts, budget);
  }
}
