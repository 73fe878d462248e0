import type { LogicalLocation } from '../core/finding.js';
import { jsonChunks } from '../core/json-chunks.js';
import { formatLocation } from '../core/location.js';
import type { AuditResult } from '../rules/audit.js';
import { renderBenchmarkText } from './benchmark.js';
import { renderDiagnosticsText } from './text.js';

export function renderAuditJson(result: AuditResult): string {
  return [...renderAuditJsonChunks(result)].join('');
}

/** `renderAuditJson` in pieces, finding by finding and check by check (see jsonChunks): the same bytes. */
export function renderAuditJsonChunks(result: AuditResult): Iterable<string> {
  return jsonChunks(
    {
      inputs: result.inputs,
      findings: result.findings.map((f) => ({ ...f, suppressed: f.suppressed ?? false })),
      checks: result.checks,
      diagnostics: result.diagnostics,
      ...(result.benchmark ? { benchmark: result.benchmark } : {}),
    },
    2,
  );
}

const SGR: Record<string, string> = { critical: '1;31', high: '31', medium: '33', low: '36', info: '2' };

export function renderAuditText(result: AuditResult, options: { color?: boolean } = {}): string {
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  for (const input of result.inputs) {
    const findings = result.findings.filter((f) => f.target === input.target);
    out.push(`${paint('1', input.target)} ${paint('2', `(${input.kind})`)}`);
    if (findings.length === 0) out.push(paint('32', '  no findings'));
    for (const f of findings) {
      const where = f.location
        ? `${f.location.startLine}:${f.location.startColumn}`
        : f.logicalLocation?.kind === 'resource'
          ? resourceWhere(input.target, f.logicalLocation)
          : (f.logicalLocation?.path ?? '');
      const sev = paint(SGR[f.severity] ?? '0', f.severity.toUpperCase().padEnd(8));
      const sup = f.suppressed ? paint('2', ` [suppressed: ${f.suppressed.reason}]`) : '';
      out.push(`  ${where.padEnd(7)} ${sev} ${f.ruleId}  ${f.message}${sup}`);
    }
    out.push('');
  }
  const count = (s: string) => result.checks.filter((c) => c.state === s).length;
  const suppressed = result.findings.filter((f) => f.suppressed).length;
  out.push(
    `${result.inputs.length} inputs, ${result.checks.length} checks: ${count('pass')} pass, ${count('fail')} fail, ${count('skipped')} skipped, ${count('error')} error; ${result.findings.length - suppressed} findings, ${suppressed} suppressed`,
  );
  if (result.benchmark) out.push('', renderBenchmarkText(result.benchmark, options));
  if (result.diagnostics.length > 0) out.push('', renderDiagnosticsText(result.diagnostics, options));
  return `${out.join('\n')}\n`;
}

/** A live object and field, without the context the input header already names: `shop/Pod/web spec.containers[0]`. */
function resourceWhere(target: string, l: LogicalLocation): string {
  const context = target.startsWith('kube:') ? `${target.slice('kube:'.length)}/` : '';
  const name = context && l.name.startsWith(context) ? l.name.slice(context.length) : l.name;
  return l.path ? `${name} ${l.path}` : name;
}

export { formatLocation };
