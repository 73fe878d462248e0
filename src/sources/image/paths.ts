import type { UnsafeEntryKind } from './model.js';

export type NormalisedName =
  | { path: string }
  | { unsafe: Extract<UnsafeEntryKind, 'absolute-path' | 'path-traversal'> };

/**
 * A layer entry name as an absolute path inside the image (`etc/passwd`, `./etc/passwd` → `/etc/passwd`), or why it
 * is unsafe. Any `..` segment counts as traversal, even one that would stay inside after cleaning: real layers never
 * hold one, and a crafted one is only there to confuse an extractor. Returns `/` for the root entry.
 */
export function normaliseEntryName(name: string): NormalisedName {
  if (name.startsWith('/')) return { unsafe: 'absolute-path' };
  const parts: string[] = [];
  for (const seg of name.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') return { unsafe: 'path-traversal' };
    parts.push(seg);
  }
  return { path: `/${parts.join('/')}` };
}

/** Whether a relative symlink target climbs above the root from the link's directory. Absolute targets stay inside. */
export function symlinkEscapes(linkPath: string, target: string): boolean {
  if (target.startsWith('/')) return false;
  let depth = linkPath.split('/').filter(Boolean).length - 1;
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      depth--;
      if (depth < 0) return true;
    } else depth++;
  }
  return false;
}

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Whether `path` or one of its ancestors (not `/` itself unless listed) is in `set`. */
export function selfOrAncestorIn(path: string, set: ReadonlySet<string>): boolean {
  return set.has(path) || ancestorIn(path, set);
}

export function ancestorIn(path: string, set: ReadonlySet<string>): boolean {
  let p = path;
  while (p !== '/') {
    p = parentOf(p);
    if (set.has(p)) return true;
  }
  return false;
}

/** Resolves a member name of the archive (not of a layer) against the directory of a link: `a/b` + `../c` → `c`. */
export function resolveArchiveLink(from: string, target: string): string | undefined {
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(seg);
  }
  return parts.join('/');
}

/** Archive member names as compared: no leading `./` or `/`. */
export function archiveName(name: string): string {
  return name.replace(/^(\.?\/)+/, '');
}
