import { posix } from 'node:path';

/** A Linux audit rule that records access to a path. */
export interface AuditWatch {
  /** `-w` watches a file, or a directory with everything under it; `-F path=` one file; `-F dir=` a subtree. */
  kind: 'watch' | 'path' | 'dir';
  path: string;
  /** The path with links followed on the host, when it differs. */
  real?: string;
  /** The rule as written. */
  text: string;
  /** Where it is: `auditctl -l`, `/etc/audit/rules.d/docker.rules:3`. */
  origin: string;
}

/**
 * The file watches of a list of audit rules, in the syntax of `auditctl -l` and of audit.rules files: `-w`, and
 * `-a … -F path=` / `-F dir=`. `-D` deletes the rules before it (those of earlier files too: `before`) and `-W`
 * removes a watch, as auditctl applies them.
 */
export function parseAuditRules(text: string, origin: string, before: readonly AuditWatch[] = []): AuditWatch[] {
  let watches: AuditWatch[] = [...before];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const where = origin.includes('auditctl') ? origin : `${origin}:${i + 1}`;
    const words = line.split(/\s+/);
    if (words[0] === '-D') {
      watches = [];
      return;
    }
    if (words[0] === '-w' || words[0] === '-W') {
      const path = words[1];
      if (!path) return;
      if (words[0] === '-W') watches = watches.filter((w) => !(w.kind === 'watch' && w.path === path));
      else watches.push({ kind: 'watch', path: posix.normalize(path), text: line, origin: where });
      return;
    }
    if (words[0] === '-a' || words[0] === '-A') {
      for (let j = 1; j < words.length; j++) {
        if (words[j] !== '-F') continue;
        const m = /^(path|dir)=(.+)$/.exec(words[j + 1] ?? '');
        if (m)
          watches.push({
            kind: m[1] as 'path' | 'dir',
            path: posix.normalize(m[2] as string),
            text: line,
            origin: where,
          });
      }
    }
  });
  return watches;
}

/** Whether a watch records access to a file, given by its path and the path it resolves to. */
export function watchCovers(w: AuditWatch, target: { path: string; real?: string }): boolean {
  const targets = [target.path, target.real].filter((t): t is string => t !== undefined);
  return [w.path, w.real].some(
    (p) =>
      p !== undefined && targets.some((t) => t === p || (w.kind !== 'path' && t.startsWith(p === '/' ? '/' : `${p}/`))),
  );
}
