import type { Diagnostic } from '../core/diagnostics.js';
import type { Finding, LogicalLocation } from '../core/finding.js';
import { formatLocation, type Location } from '../core/location.js';
import { STRIDE_CATEGORIES, STRIDE_LETTER, STRIDE_TITLE } from '../core/stride.js';
import type { CheckedThreat, CheckReport, EvidenceItem } from '../link/check.js';
import { byRiskThenStatus } from '../link/status.js';
import type { AuditResult } from '../rules/audit.js';
import type { Attacker } from '../stride/attackers/select.js';
import type { Threat } from '../stride/engine.js';
import type { ThreatReport } from '../stride/report.js';
import { severitySummary } from './text.js';

/** Escapes text for a Markdown table cell or paragraph: nothing from a model is read as markup. */
export function mdEscape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

export function renderThreatsMarkdown(report: ThreatReport): string {
  const out: string[] = [];
  out.push(`# Threat model: ${mdEscape(report.model?.system ?? 'unnamed system')}`, '');
  if (report.model)
    out.push(
      `Source: \`${report.model.uri}\` · ${report.threats.length} threats (${severitySummary(report.threats)})`,
      '',
    );

  out.push('## STRIDE per element', '');
  out.push(`| Element | ${STRIDE_CATEGORIES.map((c) => STRIDE_LETTER[c]).join(' | ')} |`);
  out.push(`|---|${STRIDE_CATEGORIES.map(() => ':-:').join('|')}|`);
  const byElement = new Map<string, Threat[]>();
  for (const t of report.threats) {
    const list = byElement.get(t.element.id) ?? [];
    list.push(t);
    byElement.set(t.element.id, list);
  }
  for (const [, threats] of byElement) {
    const first = threats[0] as Threat;
    const cells = STRIDE_CATEGORIES.map((c) => {
      const n = threats.filter((t) => t.category === c).length;
      return n === 0 ? '' : String(n);
    });
    out.push(`| ${mdEscape(first.element.name)} | ${cells.join(' | ')} |`);
  }
  out.push('');

  if (report.attackers.length > 0) {
    out.push('## Attackers', '');
    for (const a of report.attackers) {
      out.push(`### ${mdEscape(a.name)}`, '');
      if (a.description) out.push(mdEscape(a.description), '');
      out.push('Goals:', '', ...a.goals.map((g) => `- ${mdEscape(g)}`), '');
      out.push('Methods:', '', ...a.methods.map((m) => `- ${mdEscape(m)}`), '');
    }
  }

  for (const category of STRIDE_CATEGORIES) {
    const threats = report.threats.filter((t) => t.category === category);
    if (threats.length === 0) continue;
    out.push(`## ${STRIDE_TITLE[category]}`, '');
    out.push('| Severity | Threat | Element | Status | Mitigations |', '|---|---|---|---|---|');
    for (const t of threats) {
      out.push(
        `| ${t.severity} | **${mdEscape(t.ruleId)}** ${mdEscape(t.title)} | ${mdEscape(t.element.name)} | ${t.status} | ${t.mitigations.map((m) => `\`${m}\``).join(', ')} |`,
      );
    }
    out.push('');
  }

  if (report.diagnostics.length > 0) {
    out.push('## Problems in the model', '');
    for (const d of report.diagnostics) {
      out.push(`- \`${formatLocation(d.location)}\` ${d.severity} \`${d.code}\`: ${mdEscape(d.message)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Where a finding or an evidence item is: `file:line:column`, or a live target's logical location. */
function mdWhere(l: { location?: Location; logicalLocation?: LogicalLocation; target?: string }): string {
  if (l.location) return mdEscape(formatLocation(l.location));
  if (l.logicalLocation) {
    const { name, path } = l.logicalLocation;
    return mdEscape(path ? `${name} ${path}` : name);
  }
  return mdEscape(l.target ?? '');
}

function attackersMarkdown(attackers: readonly Attacker[]): string[] {
  if (attackers.length === 0) return [];
  const out = ['## Attackers', ''];
  for (const a of attackers) {
    out.push(`### ${mdEscape(a.name)}`, '');
    if (a.description) out.push(mdEscape(a.description), '');
    if (a.reason) out.push(`Why: ${mdEscape(a.reason)}`, '');
    if (a.goals.length) out.push('Goals:', '', ...a.goals.map((g) => `- ${mdEscape(g)}`), '');
    if (a.methods.length) out.push('Methods:', '', ...a.methods.map((m) => `- ${mdEscape(m)}`), '');
  }
  return out;
}

function diagnosticsMarkdown(diagnostics: readonly Diagnostic[], title: string): string[] {
  if (diagnostics.length === 0) return [];
  return [
    `## ${title}`,
    '',
    ...diagnostics.map(
      (d) =>
        `- ${d.location ? `${mdEscape(formatLocation(d.location))} ` : ''}${d.severity} ${d.code}: ${mdEscape(d.message)}`,
    ),
    '',
  ];
}

/** The evidence of one threat in a table cell: what fails, and for a (partly) mitigated threat what passes. */
function evidenceCell(t: CheckedThreat): string {
  const lines: string[] = [];
  for (const e of t.evidence.filter((x) => x.state === 'fail')) {
    lines.push(
      `✗ ${mdEscape(e.control)} ${mdEscape(e.ruleId)} ${mdWhere(e)}${e.message ? ` ${mdEscape(e.message)}` : ''}`,
    );
  }
  if (t.status === 'verified-mitigated' || t.status === 'partially-mitigated') {
    for (const cs of t.controlStates.filter((c) => c.state === 'pass')) {
      const passed = t.evidence.filter((e: EvidenceItem) => e.control === cs.control && e.state === 'pass');
      const rules = [...new Set(passed.map((e) => e.ruleId))].sort().join(' ');
      const targets = [...new Set(passed.map((e) => e.target))].sort().join(', ');
      lines.push(`✓ ${mdEscape(cs.control)} ${mdEscape(rules)} on ${mdEscape(targets)}`);
    }
  }
  const unverified = t.controlStates.filter((c) => c.state !== 'pass' && c.state !== 'fail').map((c) => c.control);
  if (unverified.length > 0 && t.status !== 'unverified') lines.push(`? ${mdEscape(unverified.join(', '))} unverified`);
  if (t.decision && t.status === t.decision.status && t.decision.justification) {
    lines.push(`${mdEscape(t.decision.justification)}${t.decision.owner ? ` (${mdEscape(t.decision.owner)})` : ''}`);
  }
  return lines.join('<br>');
}

/**
 * The Markdown view of `check`: the STRIDE table per element with what is left unmitigated, attackers, threats by
 * risk with their status and evidence, contradicted claims, the plan, and coverage.
 */
export function renderCheckMarkdown(report: CheckReport): string {
  const o = report.coverage.overall;
  const out: string[] = [`# Threat model check: ${mdEscape(report.model.system)}`, ''];
  out.push(
    `Source: ${mdEscape(report.model.uri)} · ${o.threats} threats: ${o['verified-mitigated']} verified mitigated, ${o['partially-mitigated']} partially mitigated, ${o.unmitigated} unmitigated, ${o.unverified} unverified, ${o.decided} decided · ${report.model.linkedComponents}/${report.model.components} components linked to artifacts`,
    '',
  );

  out.push('## STRIDE per element', '', 'Threats per category; ✗ counts the unmitigated ones.', '');
  out.push(`| Element | ${STRIDE_CATEGORIES.map((c) => STRIDE_LETTER[c]).join(' | ')} |`);
  out.push(`|---|${STRIDE_CATEGORIES.map(() => ':-:').join('|')}|`);
  const byElement = new Map<string, CheckedThreat[]>();
  for (const t of report.threats) {
    const key = `${t.element.type}:${t.element.id}`;
    byElement.set(key, [...(byElement.get(key) ?? []), t]);
  }
  for (const threats of byElement.values()) {
    const first = threats[0] as CheckedThreat;
    const cells = STRIDE_CATEGORIES.map((c) => {
      const mine = threats.filter((t) => t.category === c);
      const open = mine.filter((t) => t.status === 'unmitigated').length;
      return mine.length === 0 ? '' : open > 0 ? `${mine.length} (${open} ✗)` : String(mine.length);
    });
    out.push(`| ${mdEscape(first.element.name)} | ${cells.join(' | ')} |`);
  }
  out.push('');

  out.push(...attackersMarkdown(report.attackers));

  if (report.threats.length > 0) {
    out.push('## Threats, highest risk first', '');
    out.push('| Risk | Status | STRIDE | Threat | Element | Evidence |', '|--:|---|:-:|---|---|---|');
    const sorted = [...report.threats].sort(byRiskThenStatus);
    for (const t of sorted) {
      out.push(
        `| ${t.risk} | ${t.status} | ${STRIDE_LETTER[t.category]} | **${mdEscape(t.ruleId)}** ${mdEscape(t.title)} | ${mdEscape(t.element.name)} | ${evidenceCell(t)} |`,
      );
    }
    out.push('');
  }

  const contradicted = report.claims.filter((c) => c.state === 'contradicted');
  if (contradicted.length > 0) {
    out.push('## Contradicted claims', '');
    for (const c of contradicted) {
      out.push(
        `- ${c.element.type} ${mdEscape(c.element.id)}: “${mdEscape(c.claim)}”${c.location ? ` (${mdEscape(formatLocation(c.location))})` : ''}`,
      );
      for (const e of c.evidence.filter((x) => x.state === 'fail')) {
        out.push(`  - ✗ ${mdEscape(e.ruleId)} ${mdWhere(e)}${e.message ? ` ${mdEscape(e.message)}` : ''}`);
      }
    }
    out.push('');
  }

  if (report.plan.length > 0) {
    out.push('## Plan: fix first what closes the most risk', '');
    report.plan.forEach((p, i) => {
      out.push(
        `${i + 1}. **${mdEscape(p.control)}** ${mdEscape(p.title)} — closes ${p.closes.length} threat${p.closes.length === 1 ? '' : 's'} (risk ${p.risk})`,
      );
      if (p.remediation) out.push(`   ${mdEscape(p.remediation)}`);
      if (p.artifacts.length) out.push(`   Change: ${p.artifacts.map(mdEscape).join(', ')}`);
    });
    out.push('');
  }

  out.push('## Coverage by STRIDE category', '');
  out.push(
    '| Category | Threats | Verified mitigated | Partially mitigated | Unmitigated | Unverified | Decided | Covered |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const c of STRIDE_CATEGORIES) {
    const r = report.coverage.byCategory[c];
    if (r.threats === 0) continue;
    out.push(
      `| ${STRIDE_TITLE[c]} | ${r.threats} | ${r['verified-mitigated']} | ${r['partially-mitigated']} | ${r.unmitigated} | ${r.unverified} | ${r.decided} | ${Math.round(r.covered * 100)}% |`,
    );
  }
  out.push(
    `| **All** | ${o.threats} | ${o['verified-mitigated']} | ${o['partially-mitigated']} | ${o.unmitigated} | ${o.unverified} | ${o.decided} | ${Math.round(o.covered * 100)}% |`,
    '',
  );

  out.push(...diagnosticsMarkdown(report.diagnostics, 'Problems'));
  return `${out.join('\n').trimEnd()}\n`;
}

const BENCHMARK_TITLES: Record<string, string> = { 'cis-docker-1.6.0': 'CIS Docker Benchmark v1.6.0' };

function findingRow(f: Finding): string {
  const suppressed = f.suppressed ? `yes: ${mdEscape(f.suppressed.reason)}` : '';
  return `| ${f.severity} | ${mdEscape(f.ruleId)} | ${mdWhere(f)} | ${mdEscape(f.message)} | ${suppressed} |`;
}

/** The Markdown view of `audit`: each input with its findings, a summary, and the benchmark view when there is one. */
export function renderAuditMarkdown(result: AuditResult): string {
  const out: string[] = ['# Audit', ''];
  const count = (s: string) => result.checks.filter((c) => c.state === s).length;
  const suppressed = result.findings.filter((f) => f.suppressed).length;
  out.push(
    `${result.inputs.length} inputs, ${result.checks.length} checks: ${count('pass')} pass, ${count('fail')} fail, ${count('skipped')} skipped, ${count('error')} error; ${result.findings.length - suppressed} findings, ${suppressed} suppressed`,
    '',
  );
  const listed = new Set<string>();
  for (const input of result.inputs) {
    if (listed.has(input.target)) continue;
    listed.add(input.target);
    const findings = result.findings.filter((f) => f.target === input.target);
    out.push(`## ${mdEscape(input.target)} (${input.kind})`, '');
    if (findings.length === 0) {
      out.push('No findings.', '');
      continue;
    }
    out.push('| Severity | Rule | Location | Message | Suppressed |', '|---|---|---|---|---|');
    out.push(...findings.map(findingRow), '');
  }
  // Findings of a target that is not an input of its own (a file an input pulls in) are not lost.
  const orphans = result.findings.filter((f) => !listed.has(f.target));
  if (orphans.length > 0) {
    out.push('## Other findings', '', '| Severity | Rule | Location | Message | Suppressed |', '|---|---|---|---|---|');
    out.push(...orphans.map(findingRow), '');
  }
  const b = result.benchmark;
  if (b) {
    out.push(
      `## ${mdEscape(BENCHMARK_TITLES[b.framework] ?? b.framework)}, Level ${b.level === 1 ? '1' : '1 and 2'}`,
      '',
    );
    out.push('| Section | Level | State | Control | Detail |', '|---|:-:|---|---|---|');
    for (const c of b.controls) {
      const detail =
        c.state === 'fail'
          ? `${c.findings} finding${c.findings === 1 ? '' : 's'}: ${c.rules.map(mdEscape).join(', ')}`
          : c.reason
            ? mdEscape(c.reason)
            : '';
      out.push(`| ${mdEscape(c.section)} | L${c.level} | ${c.state} | ${mdEscape(c.title)} | ${detail} |`);
    }
    const n = b.counts;
    out.push(
      '',
      `Score ${b.score === null ? 'n/a' : `${b.score}%`} (pass / (pass + fail)): ${n.pass} pass, ${n.fail} fail, ${n.manual} manual, ${n.skipped} skipped, ${n.error} error`,
      '',
    );
  }
  out.push(...diagnosticsMarkdown(result.diagnostics, 'Problems'));
  return `${out.join('\n').trimEnd()}\n`;
}
