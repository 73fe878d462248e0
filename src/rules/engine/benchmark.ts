import { CONTROLS, type Control } from '../../catalogue/index.js';
import type { CheckResult, CheckState, Finding } from '../../core/finding.js';
import type { AuditResult } from '../audit.js';
import { AUDIT_RULES } from '../index.js';
import type { Framework } from '../rule.js';

/** How one benchmark control came out of an audit. */
export interface ControlResult {
  /** `cis-docker-1.6.0:5.5` */
  id: string;
  section: string;
  title: string;
  level: 1 | 2;
  assessment: 'automated' | 'manual';
  state: CheckState;
  /** Why a control is skipped, manual or in error. */
  reason?: string;
  /** The rules whose checks decided the state. */
  rules: string[];
  /** Open (unsuppressed) findings of those rules. */
  findings: number;
}

export interface BenchmarkResult {
  framework: Framework;
  /** The profile level shown: 1 is Level 1 only, 2 is both. */
  level: 1 | 2;
  controls: ControlResult[];
  counts: Record<CheckState, number>;
  /**
   * The share of decided controls that pass, in percent: pass / (pass + fail) over the controls shown, rounded
   * down. Manual, skipped and errored controls are not decided and do not count; `null` when none is decided.
   */
  score: number | null;
}

export interface ScopeOptions {
  /** CIS profile level: 1 keeps Level 1 controls only; 2 (the default) keeps both. */
  level?: 1 | 2;
  /**
   * Controls or rules to keep (`5.4`, `5` for a whole section, `1.1` for 1.1.x, `cis-docker-1.6.0:5.4`, `RT001`);
   * none keeps all.
   */
  include?: readonly string[];
  exclude?: readonly string[];
  /**
   * The benchmark the selectors are read in (`cis-docker-1.6.0` for an engine audit); all benchmarks when absent.
   * A rule that also verifies a control of another benchmark (RT009: CIS Docker 5.4 and CIS Kubernetes 5.2.8) is
   * then judged by this benchmark's controls only.
   */
  framework?: Framework;
}

/** The rules that verify each control, from the rules' own benchmark sections. */
function verifiers(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const rule of AUDIT_RULES)
    for (const [framework, sections] of Object.entries(rule.meta.frameworks))
      for (const section of sections ?? []) {
        const id = `${framework}:${section}`;
        map.set(id, [...(map.get(id) ?? []), rule.id]);
      }
  return map;
}

/** Whether a selector names a control: its section, a section prefix on a dot boundary, or its full id. */
function selects(selector: string, control: Control): boolean {
  const s = selector.trim();
  const section = control.benchmark?.section ?? '';
  const bare = s.includes(':') ? (s.startsWith(`${control.id.split(':')[0]}:`) ? s.split(':')[1] : undefined) : s;
  if (bare === undefined) return false;
  return section === bare || section.startsWith(`${bare}.`);
}

/**
 * Keeps the part of an audit that the scope selects: controls by level and by include/exclude selectors, and the
 * findings and checks of the rules behind them. A rule that verifies no benchmark control is kept unless `include`
 * is given and does not name it; a rule is dropped when its id is excluded or every control it verifies is out.
 */
export function scopeAudit(result: AuditResult, scope: ScopeOptions): AuditResult {
  if (!scope.include?.length && !scope.exclude?.length && (scope.level ?? 2) === 2) return result;
  const keepRule = ruleScope(scope);
  return {
    ...result,
    findings: result.findings.filter((f: Finding) => keepRule(f.ruleId)),
    checks: result.checks.filter((c: CheckResult) => keepRule(c.ruleId)),
  };
}

function controlInScope(scope: ScopeOptions, control: Control): boolean {
  const b = control.benchmark;
  if (!b) return false;
  if (b.level > (scope.level ?? 2)) return false;
  if (scope.include?.length && !scope.include.some((s) => selects(s, control))) return false;
  return !scope.exclude?.some((s) => selects(s, control));
}

function ruleScope(scope: ScopeOptions): (ruleId: string) => boolean {
  const benchmarkControls = CONTROLS.filter(
    (c) => c.benchmark && (!scope.framework || c.id.startsWith(`${scope.framework}:`)),
  );
  const byRule = new Map<string, Control[]>();
  const ids = verifiers();
  for (const c of benchmarkControls)
    for (const r of new Set([...c.rules, ...(ids.get(c.id) ?? [])])) byRule.set(r, [...(byRule.get(r) ?? []), c]);
  return (ruleId) => {
    if (scope.exclude?.includes(ruleId)) return false;
    if (scope.include?.includes(ruleId)) return true;
    const controls = byRule.get(ruleId) ?? [];
    if (controls.length === 0) return !scope.include?.length;
    return controls.some((c) => controlInScope(scope, c));
  };
}

/**
 * The audit seen through one benchmark: each control of the scope with one state. A control fails when any check
 * of a rule that verifies it fails; else it is in error when one errored; passes when one passed; is manual when a
 * rule left it to a person (or no rule verifies a control the benchmark assesses manually); is skipped when its rules
 * said they do not apply, or did not run in this audit (the reason says which input would have checked it).
 */
export function benchmarkResult(
  result: AuditResult,
  framework: Framework,
  scope: ScopeOptions = {},
  notAudited: (control: Control) => string | undefined = () => undefined,
): BenchmarkResult {
  const ids = verifiers();
  const byRule = new Map<string, CheckResult[]>();
  for (const c of result.checks) byRule.set(c.ruleId, [...(byRule.get(c.ruleId) ?? []), c]);
  const open = new Map<string, number>();
  for (const f of result.findings) if (!f.suppressed) open.set(f.ruleId, (open.get(f.ruleId) ?? 0) + 1);

  const controls: ControlResult[] = [];
  for (const control of CONTROLS) {
    const b = control.benchmark;
    if (!b || !control.id.startsWith(`${framework}:`) || !controlInScope(scope, control)) continue;
    const rules = [...new Set([...control.rules, ...(ids.get(control.id) ?? [])])].sort();
    const checks = rules.flatMap((r) => byRule.get(r) ?? []);
    const has = (s: CheckState) => checks.filter((c) => c.state === s);
    const ran = [...new Set(checks.map((c) => c.ruleId))].sort();
    const out: ControlResult = {
      id: control.id,
      section: b.section,
      title: control.title,
      level: b.level,
      assessment: b.assessment,
      state: 'skipped',
      rules: ran,
      findings: ran.reduce((n, r) => n + (open.get(r) ?? 0), 0),
    };
    const reasons = (list: CheckResult[]) => [...new Set(list.map((c) => c.message).filter(Boolean))].join('; ');
    if (has('fail').length > 0) {
      out.state = 'fail';
      out.rules = [...new Set(has('fail').map((c) => c.ruleId))].sort();
      out.findings = out.rules.reduce((n, r) => n + (open.get(r) ?? 0), 0);
    } else if (has('error').length > 0) {
      out.state = 'error';
      out.reason = reasons(has('error'));
    } else if (has('pass').length > 0) out.state = 'pass';
    else if (has('manual').length > 0) {
      out.state = 'manual';
      out.reason = reasons(has('manual'));
    } else if (has('skipped').length > 0) {
      out.state = b.assessment === 'manual' ? 'manual' : 'skipped';
      out.reason = reasons(has('skipped'));
    } else if (rules.length === 0) {
      out.state = b.assessment === 'manual' ? 'manual' : 'skipped';
      out.reason =
        b.assessment === 'manual'
          ? 'assessed manually: no automated check can settle it'
          : 'stridebench has no check for this control yet';
    } else {
      // Its rules read inputs this run did not have (a Dockerfile, an image's layers).
      out.state = b.assessment === 'manual' ? 'manual' : 'skipped';
      out.reason = notAudited(control) ?? `not audited in this run: checked on ${inputsOf(rules)}`;
    }
    if (out.reason === '') delete out.reason;
    controls.push(out);
  }
  controls.sort((a, b) => compareSections(a.section, b.section));
  const counts: Record<CheckState, number> = { pass: 0, fail: 0, manual: 0, skipped: 0, error: 0 };
  for (const c of controls) counts[c.state]++;
  const decided = counts.pass + counts.fail;
  return {
    framework,
    level: scope.level ?? 2,
    controls,
    counts,
    score: decided === 0 ? null : Math.floor((100 * counts.pass) / decided),
  };
}

/** `dockerfile inputs (DF002, DF003), image archives (IM011)`. */
function inputsOf(rules: readonly string[]): string {
  const WHAT: Record<string, string> = {
    dockerfile: 'Dockerfiles',
    image: 'image archives and --image',
    compose: 'compose files',
    kubernetes: 'Kubernetes manifests',
    runtime: 'containers',
  };
  const groups = new Map<string, string[]>();
  for (const id of rules) {
    const source = AUDIT_RULES.find((r) => r.id === id)?.source ?? 'other';
    groups.set(source, [...(groups.get(source) ?? []), id]);
  }
  return [...groups].map(([source, ids]) => `${WHAT[source] ?? `${source} inputs`} (${ids.join(', ')})`).join(', ');
}

/** `1.1.10` after `1.1.9`, `5.10` after `5.9`. */
export function compareSections(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}
