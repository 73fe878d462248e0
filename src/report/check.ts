import { formatLocation } from '../core/location.js';
import { STRIDE_CATEGORIES, STRIDE_LETTER, STRIDE_TITLE } from '../core/stride.js';
import type { CheckReport, VerifiedStatus } from '../link/check.js';
import { byRiskThenStatus } from '../link/status.js';
import { renderDiagnosticsText } from './text.js';

export function renderCheckJson(report: CheckReport): string {
  return `${JSON.stringify(
    {
      model: report.model,
      threats: report.threats,
      controls: report.controls,
      findings: report.findings.map((f) => ({ ...f, suppressed: f.suppressed ?? false })),
      claims: report.claims,
      plan: report.plan,
      coverage: report.coverage,
      attackers: report.attackers,
      diagnostics: report.diagnostics,
    },
    null,
    2,
  )}\n`;
}

const STATUS_SGR: Record<VerifiedStatus, string> = {
  'verified-mitigated': '32',
  'partially-mitigated': '33',
  unmitigated: '1;31',
  unverified: '2',
  accepted: '36',
  transferred: '36',
  'not-applicable': '36',
};

const where = (l: {
  location?: Parameters<typeof formatLocation>[0];
  logicalLocation?: { name: string; path?: string };
  target?: string;
}) =>
  l.location
    ? formatLocation(l.location)
    : l.logicalLocation
      ? `${l.logicalLocation.name}${l.logicalLocation.path ? ` ${l.logicalLocation.path}` : ''}`
      : (l.target ?? '');

/** The terminal view of `check`: threats by risk with their evidence, contradicted claims, the plan, coverage. */
export function renderCheckText(report: CheckReport, options: { color?: boolean } = {}): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const o = report.coverage.overall;
  const out: string[] = [];
  out.push(
    `${paint('1', report.model.system)} — ${o.threats} threats: ${o['verified-mitigated']} verified mitigated, ${o['partially-mitigated']} partially mitigated, ${o.unmitigated} unmitigated, ${o.unverified} unverified, ${o.decided} decided · ${report.model.linkedComponents}/${report.model.components} components linked to artifacts`,
    '',
  );
  out.push(paint('1', 'Threats, highest risk first'));
  // At equal risk, what needs work comes first: unmitigated, then partly verified, then what nothing speaks for.
  const sorted = [...report.threats].sort(byRiskThenStatus);
  for (const t of sorted) {
    const status = paint(STATUS_SGR[t.status], t.status.toUpperCase().padEnd(19));
    out.push(
      `  ${String(t.risk).padStart(2)}  ${status} ${STRIDE_LETTER[t.category]}  ${t.ruleId.padEnd(10)} ${t.title}`,
    );
    for (const e of t.evidence.filter((x) => x.state === 'fail').slice(0, 3)) {
      out.push(paint('2', `        ✗ ${e.control} ${e.ruleId} ${where(e)} ${e.message ?? ''}`.trimEnd()));
    }
    // Why a threat counts as (partly) mitigated: the controls seen passing, and for a partial one what is left open.
    if (t.status === 'verified-mitigated' || t.status === 'partially-mitigated') {
      for (const cs of t.controlStates.filter((c) => c.state === 'pass')) {
        const passed = t.evidence.filter((e) => e.control === cs.control && e.state === 'pass');
        const rules = [...new Set(passed.map((e) => e.ruleId))].join(' ');
        const targets = [...new Set(passed.map((e) => e.target))].sort().join(', ');
        out.push(paint('2', `        ✓ ${cs.control} ${rules} on ${targets}`));
      }
      const open = t.controlStates.filter((c) => c.state !== 'pass').map((c) => c.control);
      if (open.length > 0) out.push(paint('2', `        ? ${open.join(', ')} unverified`));
    }
    if (t.decision && t.status === t.decision.status) {
      out.push(
        paint(
          '2',
          `        ${t.decision.justification ?? ''}${t.decision.owner ? ` (${t.decision.owner})` : ''}`.trimEnd(),
        ),
      );
    }
  }
  const contradicted = report.claims.filter((c) => c.state === 'contradicted');
  if (contradicted.length > 0) {
    out.push('', paint('1', 'Contradicted claims'));
    for (const c of contradicted) {
      out.push(`  ${c.element.type} ${c.element.id}: "${c.claim}" (${formatLocation(c.location)})`);
      for (const e of c.evidence.filter((x) => x.state === 'fail').slice(0, 3)) {
        out.push(
          paint(
            '2',
            `        ✗ ${e.ruleId} ${e.location ? formatLocation(e.location) : e.target} ${e.message ?? ''}`.trimEnd(),
          ),
        );
      }
    }
  }
  if (report.plan.length > 0) {
    out.push('', paint('1', 'Plan: fix first what closes the most risk'));
    report.plan.forEach((p, i) => {
      out.push(
        `  ${i + 1}. ${p.control} ${p.title} — closes ${p.closes.length} threat${p.closes.length === 1 ? '' : 's'} (risk ${p.risk})`,
      );
      out.push(paint('2', `     ${p.remediation}`));
      if (p.artifacts.length) out.push(paint('2', `     change: ${p.artifacts.join(', ')}`));
    });
  }
  out.push('', paint('1', 'Coverage by STRIDE category (verified mitigated or decided)'));
  for (const c of STRIDE_CATEGORIES) {
    const row = report.coverage.byCategory[c];
    if (row.threats === 0) continue;
    out.push(
      `  ${STRIDE_TITLE[c].padEnd(24)} ${String(Math.round(row.covered * 100)).padStart(3)}%  of ${row.threats} (${row.unmitigated} unmitigated, ${row.unverified} unverified)`,
    );
  }
  if (report.diagnostics.length > 0)
    out.push('', paint('1', 'Problems'), renderDiagnosticsText(report.diagnostics, options));
  return `${out.join('\n')}\n`;
}
