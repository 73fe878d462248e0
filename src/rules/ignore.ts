import type { CheckResult, Finding } from '../core/finding.js';
import type { Location } from '../core/location.js';

/** An ignore from the configuration file: a rule, optionally only on some targets, always with a reason. */
export interface Ignore {
  rule: string;
  /** A path as given to the audit, a directory (everything under it), or a glob (`*` within a segment, `**` any). */
  target?: string;
  reason: string;
  /** Where the ignore is written, reported with each finding it suppresses. */
  location?: Location;
}

/**
 * Marks the findings an ignore covers as suppressed, as an inline `stridebench:ignore` comment would: reported,
 * never dropped. A check whose findings are now all suppressed passes, as it does with inline ignores.
 * Mutates and returns the result.
 */
export function applyIgnores<R extends { findings: Finding[]; checks: CheckResult[] }>(
  result: R,
  ignores: readonly Ignore[],
): R {
  if (ignores.length === 0) return result;
  const matchers = ignores.map((i) => ({
    ignore: i,
    target: i.target === undefined ? undefined : targetMatcher(i.target),
  }));
  const touched = new Set<string>();
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const hit = matchers.find((m) => m.ignore.rule === f.ruleId && (!m.target || m.target(f.target)));
    if (!hit) continue;
    f.suppressed = { reason: hit.ignore.reason, ...(hit.ignore.location ? { location: hit.ignore.location } : {}) };
    touched.add(`${f.ruleId}\u0000${f.target}`);
  }
  for (const c of result.checks) {
    if (c.state !== 'fail' || !touched.has(`${c.ruleId}\u0000${c.target}`)) continue;
    const open = result.findings.some((f) => f.ruleId === c.ruleId && f.target === c.target && !f.suppressed);
    if (!open) c.state = 'pass';
  }
  return result;
}

/** `deploy/` or `deploy` covers everything under it; `**\/Dockerfile*` is a glob over the whole target. */
export function targetMatcher(pattern: string): (target: string) => boolean {
  const normal = (p: string) => p.replace(/^\.\//, '').replace(/\/+$/, '');
  const p = normal(pattern);
  if (!/[*?]/.test(p)) return (t) => normal(t) === p || normal(t).startsWith(`${p}/`);
  let body = '';
  for (let i = 0; i < p.length; i++) {
    const ch = p[i] as string;
    if (ch === '*' && p[i + 1] === '*') {
      // `**/` matches zero or more directories; a trailing `**` anything at all
      if (p[i + 2] === '/') {
        body += '(?:.*/)?';
        i += 2;
      } else {
        body += '.*';
        i += 1;
      }
    } else if (ch === '*') body += '[^/]*';
    else if (ch === '?') body += '[^/]';
    else body += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  const re = new RegExp(`^${body}$`);
  return (t) => re.test(normal(t));
}
