import type { Range } from '../core/location.js';

export interface Suppression {
  /** The file the comment is in; it covers nodes of that file only. */
  uri: string;
  /** Rule ids or names, or `all`. */
  rules: string[];
  reason: string;
  /** The comment itself. */
  commentRange: Range;
  /** What it covers: the node after the comment (or the line it trails), or the whole file. */
  scope: Range | 'file';
}

const DIRECTIVE = /#\s*stridebench:(ignore|ignore-file)\s+([A-Za-z0-9_,.-]+)(?:\s+(.*))?$/;

/**
 * Finds `# stridebench:ignore <rule>[,<rule>] <reason>` comments. `scopeAt(line)` says which node a comment on its
 * own line covers (the next instruction, the next YAML node); a trailing comment covers its own line's node.
 */
export function findSuppressions(
  text: string,
  uri: string,
  scopeAt: (line: number, offset: number) => Range | undefined,
): Suppression[] {
  const out: Suppression[] = [];
  const lines = text.split(/\r?\n/);
  let offset = 0;
  lines.forEach((line, i) => {
    const m = DIRECTIVE.exec(line);
    if (m) {
      const hash = line.indexOf('#', m.index);
      const start = offset + hash;
      const ownLine = line.slice(0, hash).trim() === '';
      let scope: Range | 'file' | undefined;
      if (m[1] === 'ignore-file') scope = 'file';
      else if (!ownLine) scope = scopeAt(i, offset);
      else {
        let j = i + 1;
        let o = offset + line.length + 1;
        while (j < lines.length && /^\s*(#.*)?$/.test(lines[j] ?? '')) {
          o += (lines[j] ?? '').length + 1;
          j++;
        }
        scope = j < lines.length ? scopeAt(j, o) : undefined;
      }
      if (scope) {
        out.push({
          uri,
          rules: (m[2] ?? '').split(',').filter(Boolean),
          reason: (m[3] ?? '').trim(),
          commentRange: [start, offset + line.length],
          scope,
        });
      }
    }
    offset += line.length + 1;
  });
  return out;
}

export function suppressionFor(
  suppressions: readonly Suppression[],
  rule: { id: string; name: string },
  uri: string,
  range: Range | undefined,
): Suppression | undefined {
  return suppressions.find(
    (s) =>
      s.uri === uri &&
      s.rules.some((r) => r === 'all' || r === rule.id || r === rule.name) &&
      (s.scope === 'file' || (range !== undefined && range[0] >= s.scope[0] && range[0] <= s.scope[1])),
  );
}
