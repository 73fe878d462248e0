import type { Diagnostic } from '../core/diagnostics.js';
import { formatLocation } from '../core/location.js';
import { SEVERITIES, type Severity } from '../core/severity.js';
import { STRIDE_LETTER } from '../core/stride.js';
import type { Threat } from '../stride/engine.js';
import type { ThreatReport } from '../stride/report.js';

export interface TextOptions {
  color?: boolean;
}

const SGR: Record<Severity, string> = { critical: '1;31', high: '31', medium: '33', low: '36', info: '2' };

function paint(on: boolean | undefined, code: string, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

export function renderDiagnosticsText(diagnostics: readonly Diagnostic[], options: TextOptions = {}): string {
  return diagnostics
    .map((d) => {
      const where = formatLocation(d.location);
      const sev = paint(options.color, d.severity === 'error' ? '31' : '33', d.severity);
      return `${where ? `${where}: ` : ''}${sev} [${d.code}] ${d.message}`;
    })
    .join('\n');
}

export function severitySummary(threats: readonly Threat[]): string {
  const parts: string[] = [];
  for (const s of [...SEVERITIES].reverse()) {
    const n = threats.filter((t) => t.severity === s).length;
    if (n > 0) parts.push(`${n} ${s}`);
  }
  return parts.join(', ') || 'none';
}

/** The terminal view: threats grouped by element, then attackers, then input problems. */
export function renderThreatsText(report: ThreatReport, options: TextOptions = {}): string {
  const out: string[] = [];
  const c = options.color;
  if (report.model) {
    out.push(
      paint(c, '1', `${report.model.system}`) +
        ` — ${report.threats.length} threats (${severitySummary(report.threats)}) from ${report.model.uri}`,
      '',
    );
  }
  let current = '';
  for (const t of report.threats) {
    const key = `${t.element.type}:${t.element.id}`;
    if (key !== current) {
      current = key;
      out.push(
        paint(c, '1', `${t.element.name}`) +
          paint(c, '2', ` (${t.element.type === 'flow' ? 'flow' : t.element.kind} ${t.element.id})`),
      );
    }
    const sev = paint(c, SGR[t.severity], t.severity.toUpperCase().padEnd(8));
    const status = t.status === 'open' ? '' : paint(c, '32', ` [${t.status}]`);
    out.push(`  ${sev} ${STRIDE_LETTER[t.category]}  ${t.ruleId.padEnd(10)} ${t.title}${status}`);
  }
  if (report.threats.length > 0) out.push('');
  if (report.attackers.length > 0) {
    out.push(paint(c, '1', 'Attackers'));
    for (const a of report.attackers) {
      out.push(`  ${a.name} (${a.id})${a.reason ? paint(c, '2', ` — ${a.reason}`) : ''}`);
      out.push(`    goals: ${a.goals.join('; ')}`);
    }
    out.push('');
  }
  if (report.diagnostics.length > 0) {
    out.push(paint(c, '1', 'Problems'), renderDiagnosticsText(report.diagnostics, options), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
