/**
 * Minimum versions, per release line, that fix a known vulnerability. Each entry is a fix that matters to container
 * isolation or to credentials; lines listed with `fixedIn: undefined` never got it upstream. Data, not code: add a
 * row when an advisory lands.
 */
export interface KnownFix {
  component: 'engine' | 'runc' | 'cli';
  /** The advisory, for messages. */
  fix: string;
  /** Versions below this are affected (whatever the line). */
  before: string;
  /** First fixed release per `major.minor` line; a line absent here with versions below `before` has no fix. */
  fixedIn: Readonly<Record<string, string>>;
}

export const KNOWN_FIXES: readonly KnownFix[] = [
  {
    component: 'engine',
    fix: 'CVE-2024-41110 (authorization plugins bypassed with an empty body)',
    before: '27.1.1',
    fixedIn: { '23.0': '23.0.15', '25.0': '25.0.6', '26.1': '26.1.5', '27.1': '27.1.1' },
  },
  {
    component: 'engine',
    fix: 'CVE-2024-24557 (classic builder cache poisoning)',
    before: '25.0.2',
    fixedIn: { '24.0': '24.0.9', '25.0': '25.0.2' },
  },
  {
    component: 'runc',
    fix: 'CVE-2024-21626 (container escape through a leaked working-directory descriptor)',
    before: '1.1.12',
    fixedIn: { '1.1': '1.1.12' },
  },
  {
    component: 'cli',
    fix: 'CVE-2021-41092 (docker login could send credentials to the wrong registry)',
    before: '20.10.9',
    fixedIn: { '20.10': '20.10.9' },
  },
];

export type VersionVerdict =
  | { state: 'current' }
  | { state: 'unknown'; reason: string }
  | { state: 'outdated' | 'unsupported'; minimum: string; line: string; fix: string };

/** An upstream release number: `27.1.1`, `1.1.12`, `28.0.0-rc.1`. Anything else is a vendor build. */
const UPSTREAM = /^v?(\d+)\.(\d+)\.(\d+)(?:-(?:rc|beta|alpha)\.?\d*)?$/;

export function judgeVersion(component: KnownFix['component'], version: string): VersionVerdict {
  const m = UPSTREAM.exec(version.trim());
  if (!m) return { state: 'unknown', reason: 'a distribution or vendor build, which may carry backported fixes' };
  const line = `${m[1]}.${m[2]}`;
  for (const k of KNOWN_FIXES) {
    if (k.component !== component || compare(version, k.before) >= 0) continue;
    const fixed = k.fixedIn[line];
    if (fixed === undefined) {
      const next = Object.values(k.fixedIn).find((v) => compare(v, version) > 0) ?? k.before;
      return { state: 'unsupported', minimum: next, line, fix: k.fix };
    }
    if (compare(version, fixed) < 0) return { state: 'outdated', minimum: fixed, line, fix: k.fix };
  }
  return { state: 'current' };
}

/** Compares dotted release numbers; a pre-release sorts before its release. */
export function compare(a: string, b: string): number {
  const parse = (v: string) => {
    const [core = '', pre] = v.replace(/^v/, '').split('-', 2);
    return { parts: core.split('.').map((x) => Number.parseInt(x, 10) || 0), pre: pre !== undefined };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.parts.length, y.parts.length); i++) {
    const d = (x.parts[i] ?? 0) - (y.parts[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.pre === y.pre ? 0 : x.pre ? -1 : 1;
}
