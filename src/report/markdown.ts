import { formatLocation } from '../core/location.js';
import { STRIDE_CATEGORIES, STRIDE_LETTER, STRIDE_TITLE } from '../core/stride.js';
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
