import { findControl } from '../catalogue/index.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CheckResult, Finding } from '../core/finding.js';
import { formatLocation } from '../core/location.js';
import { redact } from '../core/redact.js';
import { type Severity, severityRank } from '../core/severity.js';
import { STRIDE_LETTER } from '../core/stride.js';
import type { CheckedThreat, CheckReport, EvidenceItem } from '../link/check.js';
import type { AuditResult } from '../rules/audit.js';
import { findAuditRule } from '../rules/index.js';
import type { AuditRuleMeta } from '../rules/rule.js';
import type { Threat } from '../stride/engine.js';
import type { ThreatReport } from '../stride/report.js';

/*
 * JUnit XML as CI systems read it (Jenkins, GitLab, Azure DevOps, GitHub test-report actions): one <testsuites>,
 * suites of <testcase>s, and per case nothing (pass), <failure>, <error> or <skipped>. No timestamps or durations:
 * the same input gives the same bytes.
 *
 * Threats (`threats`, `check`) are grouped by model element, one suite per component or flow in model order: a
 * threat id is `<rule>@<element>`, so within a suite every case name is unique, and an element is what one team
 * owns and fixes (STRIDE per element). Audit checks are grouped by input, one suite per file or live target.
 *
 * Threat states: an open (`threats`) or unmitigated / partially mitigated (`check`) threat fails. A decided threat
 * (accepted, transferred, not applicable) is skipped with its justification: JUnit has no "accepted", skipped is
 * the one state that neither fails the build nor hides the reason. In `check`, an unverified threat is skipped as
 * well — nothing tested it either way; failing it would fail every model with an element no artifact is linked to,
 * and `error` is kept for the tool itself failing. A mitigated (claimed, in `threats`) or verified mitigated threat
 * passes.
 */

type Outcome =
  | { kind: 'pass' }
  | { kind: 'failure' | 'error'; message: string; type: string; body?: string }
  | { kind: 'skipped'; message: string };

interface TestCase {
  classname: string;
  name: string;
  outcome: Outcome;
}

interface TestSuite {
  name: string;
  cases: TestCase[];
  properties?: readonly (readonly [string, string])[];
  systemErr?: string;
}

export function renderThreatsJunit(report: ThreatReport): string {
  const suites = suitesByElement(report.threats, (t) => {
    if (t.status === 'open') {
      return {
        kind: 'failure',
        message: `open: ${t.title}`,
        type: t.severity,
        body: [t.description, '', ...mitigationLines(t)].join('\n'),
      };
    }
    const decided = decisionMessage(t);
    return decided ? { kind: 'skipped', message: decided } : { kind: 'pass' };
  });
  return render(`stridebench threats${report.model ? `: ${report.model.system}` : ''}`, [
    ...suites,
    ...diagnosticsSuite(report.diagnostics),
  ]);
}

export function renderAuditJunit(result: AuditResult): string {
  // Inputs in audit order, then any target only the checks name.
  const order = [...new Set([...result.inputs.map((i) => i.target), ...result.checks.map((c) => c.target)])];
  const kinds = new Map(result.inputs.map((i) => [i.target, i.kind]));
  // Findings by rule and target, once: a repository's audit has many thousands of checks.
  const findings = new Map<string, Finding[]>();
  for (const f of result.findings) {
    const key = `${f.ruleId}\u0000${f.target}`;
    findings.set(key, [...(findings.get(key) ?? []), f]);
  }
  const byTarget = new Map<string, CheckResult[]>();
  for (const c of result.checks) byTarget.set(c.target, [...(byTarget.get(c.target) ?? []), c]);
  const suites: TestSuite[] = order.map((target) => {
    const kind = kinds.get(target);
    return {
      name: target,
      ...(kind ? { properties: [['kind', kind]] as const } : {}),
      cases: (byTarget.get(target) ?? []).map((c) => {
        const rule = findAuditRule(c.ruleId);
        return {
          classname: target,
          name: `${c.ruleId} ${rule?.meta.title ?? ''}`.trimEnd(),
          outcome: checkOutcome(c, findings.get(`${c.ruleId}\u0000${c.target}`) ?? [], rule?.meta),
        };
      }),
    };
  });
  return render('stridebench audit', [...suites, ...diagnosticsSuite(result.diagnostics)]);
}

function checkOutcome(c: CheckResult, findings: readonly Finding[], meta: AuditRuleMeta | undefined): Outcome {
  switch (c.state) {
    case 'pass':
      return { kind: 'pass' };
    case 'skipped':
      return { kind: 'skipped', message: c.message ?? 'skipped' };
    case 'manual':
      return { kind: 'skipped', message: `manual: ${c.message ?? 'to be judged by a person'}` };
    case 'error':
      return { kind: 'error', message: c.message ?? 'the rule failed', type: 'rule-error' };
    case 'fail': {
      const open = findings.filter((f) => !f.suppressed);
      return {
        kind: 'failure',
        message:
          open.length === 1 ? (open[0] as Finding).message : `${open.length} findings: ${meta?.title ?? c.ruleId}`,
        type: worstSeverity(open) ?? meta?.severity ?? 'fail',
        body: findings.map(findingLine).join('\n'),
      };
    }
  }
}

export function renderCheckJunit(report: CheckReport): string {
  const suites = suitesByElement(report.threats, (t) => {
    switch (t.status) {
      case 'unmitigated': {
        const failing = t.controlStates.filter((c) => c.state === 'fail').map((c) => c.control);
        return {
          kind: 'failure',
          message: `unmitigated: ${t.title} (failing: ${failing.join(', ')})`,
          type: t.severity,
          body: [...evidenceLines(t.evidence), '', ...controlStateLines(t)].join('\n'),
        };
      }
      case 'partially-mitigated': {
        const open = t.controlStates.filter((c) => c.state !== 'pass').map((c) => c.control);
        return {
          kind: 'failure',
          message: `partially mitigated: ${t.title} (not verified: ${open.join(', ')})`,
          type: t.severity,
          body: controlStateLines(t).join('\n'),
        };
      }
      case 'unverified':
        return {
          kind: 'skipped',
          message: `unverified: no evidence for ${t.controlStates.map((c) => c.control).join(', ') || 'any control'}`,
        };
      case 'verified-mitigated':
        return { kind: 'pass' };
      default:
        return { kind: 'skipped', message: decisionMessage(t) ?? t.status };
    }
  });
  return render(`stridebench check: ${report.model.system}`, [...suites, ...diagnosticsSuite(report.diagnostics)]);
}

function suitesByElement<T extends Threat | CheckedThreat>(
  threats: readonly T[],
  outcome: (t: T) => Outcome,
): TestSuite[] {
  const suites = new Map<string, TestSuite>();
  for (const t of threats) {
    const key = `${t.element.type}\u0000${t.element.id}`;
    let suite = suites.get(key);
    if (!suite) {
      suite = {
        name: `${t.element.type} ${t.element.name} (${t.element.id})`,
        properties: [
          ['element', t.element.id],
          ['kind', t.element.kind],
        ],
        cases: [],
      };
      suites.set(key, suite);
    }
    suite.cases.push({
      classname: t.element.id,
      name: `${t.ruleId} [${STRIDE_LETTER[t.category]}] ${t.title}`,
      outcome: outcome(t),
    });
  }
  return [...suites.values()];
}

function decisionMessage(t: Threat | CheckedThreat): string | undefined {
  const d = t.decision;
  if (t.statusSource !== 'decision' || !d) return undefined;
  if (d.status !== 'accepted' && d.status !== 'transferred' && d.status !== 'not-applicable') return undefined;
  return `${d.status}: ${redact(d.justification ?? '(no justification given)')}${d.owner ? ` (owner: ${d.owner})` : ''}${d.expires ? ` (until ${d.expires})` : ''}`;
}

function mitigationLines(t: Threat): string[] {
  return ['Mitigations:', ...t.mitigations.map((id) => `  ${id} ${findControl(id)?.title ?? ''}`.trimEnd())];
}

function controlStateLines(t: CheckedThreat): string[] {
  return ['Controls:', ...t.controlStates.map((c) => `  ${c.state.padEnd(10)} ${c.control}`)];
}

function evidenceLines(evidence: readonly EvidenceItem[]): string[] {
  const lines: string[] = [];
  for (const e of evidence) {
    if (e.state !== 'fail') continue;
    const line = `${e.control} ${e.ruleId} ${where(e)} ${e.message ?? ''}`.trimEnd();
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}

function where(l: Pick<Finding, 'location' | 'logicalLocation' | 'target'>): string {
  if (l.location) return formatLocation(l.location);
  if (l.logicalLocation) {
    const { kind, name, path } = l.logicalLocation;
    return `${kind} ${name}${path ? ` ${path}` : ''}`;
  }
  return l.target;
}

function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings)
    if (worst === undefined || severityRank(f.severity) > severityRank(worst)) worst = f.severity;
  return worst;
}

function findingLine(f: Finding): string {
  const suppressed = f.suppressed ? ` (suppressed: ${redact(f.suppressed.reason)})` : '';
  const evidence = f.evidence !== undefined ? `\n    evidence: ${f.evidence}` : '';
  return `${where(f)} ${f.severity} ${f.message}${suppressed}${evidence}`;
}

/** Input problems: an error is an <error> case (the run could not judge that input), a warning goes to system-err. */
function diagnosticsSuite(diagnostics: readonly Diagnostic[]): TestSuite[] {
  if (diagnostics.length === 0) return [];
  const line = (d: Diagnostic) =>
    `${d.location ? `${formatLocation(d.location)} ` : ''}${d.severity} ${d.code}: ${d.message}`;
  const warnings = diagnostics.filter((d) => d.severity !== 'error');
  return [
    {
      name: 'stridebench diagnostics',
      cases: diagnostics
        .filter((d) => d.severity === 'error')
        .map((d, i) => ({
          classname: 'diagnostics',
          name: `${d.code} ${d.location ? formatLocation(d.location) : `#${i + 1}`}`,
          outcome: { kind: 'error', message: d.message, type: d.code },
        })),
      ...(warnings.length > 0 ? { systemErr: warnings.map(line).join('\n') } : {}),
    },
  ];
}

function render(name: string, suites: readonly TestSuite[]): string {
  const count = (cases: readonly TestCase[], kind: Outcome['kind']) =>
    cases.filter((c) => c.outcome.kind === kind).length;
  const counts = (cases: readonly TestCase[]) =>
    `tests="${cases.length}" failures="${count(cases, 'failure')}" errors="${count(cases, 'error')}" skipped="${count(cases, 'skipped')}"`;
  const all = suites.flatMap((s) => s.cases);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${attr(name)}" ${counts(all)}>`];
  for (const s of suites) {
    out.push(`  <testsuite name="${attr(s.name)}" ${counts(s.cases)}>`);
    if (s.properties && s.properties.length > 0) {
      out.push('    <properties>');
      for (const [k, v] of s.properties) out.push(`      <property name="${attr(k)}" value="${attr(v)}"/>`);
      out.push('    </properties>');
    }
    for (const c of s.cases) {
      const open = `    <testcase classname="${attr(c.classname)}" name="${attr(c.name)}"`;
      const o = c.outcome;
      if (o.kind === 'pass') out.push(`${open}/>`);
      else if (o.kind === 'skipped')
        out.push(`${open}>`, `      <skipped message="${attr(o.message)}"/>`, '    </testcase>');
      else {
        const body = o.body ? `${text(o.body)}` : '';
        out.push(
          `${open}>`,
          `      <${o.kind} message="${attr(o.message)}" type="${attr(o.type)}">${body}</${o.kind}>`,
          '    </testcase>',
        );
      }
    }
    if (s.systemErr) out.push(`    <system-err>${text(s.systemErr)}</system-err>`);
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
}

/**
 * Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return; U+FFFE, U+FFFF; unpaired
 * surrogates) cannot be escaped, only replaced: they become U+FFFD so the reader sees that something was there.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function text(s: string): string {
  return s.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also keep their quotes and line breaks (a parser would normalise a raw newline to a space). */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}
