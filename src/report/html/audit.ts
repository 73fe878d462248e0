import { CHECK_STATES, type CheckState } from '../../core/finding.js';
import { SEVERITIES } from '../../core/severity.js';
import type { AuditResult } from '../../rules/audit.js';
import type { BenchmarkResult } from '../../rules/engine/benchmark.js';
import { type Html, html } from './escape.js';
import { cachedReader } from './excerpt.js';
import type { HtmlOptions } from './index.js';
import { renderPage } from './page.js';
import {
  badge,
  count,
  diagnosticsSection,
  filterBar,
  findingFilters,
  findingsTable,
  optionsInOrder,
  optionsOf,
  plural,
  tile,
} from './parts.js';
import { navOf } from './threats.js';

function summarySection(result: AuditResult): Html {
  const open = result.findings.filter((f) => !f.suppressed);
  const states = (s: CheckState) => result.checks.filter((c) => c.state === s).length;
  return html`<section id="summary"><h2>Summary</h2>
<table class="compact"><thead><tr><th></th>${[...SEVERITIES].reverse().map((s) => html`<th class="num">${s}</th>`)}<th class="num">Total</th></tr></thead><tbody>
<tr><td>Open findings</td>${[...SEVERITIES].reverse().map((s) => html`<td class="num">${open.filter((f) => f.severity === s).length}</td>`)}<td class="num">${open.length}</td></tr>
<tr><td>Suppressed</td>${[...SEVERITIES].reverse().map((s) => html`<td class="num">${result.findings.filter((f) => f.suppressed && f.severity === s).length}</td>`)}<td class="num">${result.findings.length - open.length}</td></tr>
</tbody></table>
<h3>Checks</h3>
<table class="compact"><thead><tr>${CHECK_STATES.map((s) => html`<th class="num">${s}</th>`)}<th class="num">Total</th></tr></thead><tbody>
<tr>${CHECK_STATES.map((s) => html`<td class="num">${states(s)}</td>`)}<td class="num">${result.checks.length}</td></tr>
</tbody></table></section>`;
}

function inputsSection(result: AuditResult): Html | undefined {
  if (result.inputs.length === 0) return undefined;
  return html`<section id="inputs"><h2>Inputs</h2>
<table><thead><tr><th>Input</th><th>Kind</th><th class="num">Open findings</th><th class="num">Suppressed</th><th class="num">Checks failing</th><th class="num">Checks</th></tr></thead><tbody>
${result.inputs.map((i) => {
  const findings = result.findings.filter((f) => f.target === i.target);
  const checks = result.checks.filter((c) => c.target === i.target);
  const open = findings.filter((f) => !f.suppressed).length;
  return html`<tr><td><code>${i.target}</code></td><td>${i.kind}</td><td class="num">${open > 0 ? html`<b>${open}</b>` : 0}</td><td class="num">${findings.length - open}</td><td class="num">${checks.filter((c) => c.state === 'fail').length}</td><td class="num">${checks.length}</td></tr>
`;
})}</tbody></table></section>`;
}

function benchmarkSection(b: BenchmarkResult | undefined): Html | undefined {
  if (!b) return undefined;
  const order: CheckState[] = ['fail', 'error', 'manual', 'skipped', 'pass'];
  return html`<section id="benchmark"><h2>Benchmark: ${b.framework}</h2>
<p class="note">Level ${b.level === 1 ? '1 only' : '1 and 2'} · score ${b.score === null ? 'n/a (no control decided)' : `${b.score}%`} · ${CHECK_STATES.map((s) => `${b.counts[s]} ${s}`).join(', ')}</p>
${filterBar('benchmark-table', 'benchmark-count', 'controls', [
  {
    key: 'state',
    label: 'State',
    options: optionsInOrder(b.controls, order, (c) => c.state),
  },
  {
    key: 'level',
    label: 'Level',
    options: optionsOf(
      b.controls,
      (c) => String(c.level),
      (c) => `Level ${c.level}`,
    ),
  },
])}
${count('benchmark-count', b.controls.length, 'controls')}
<table id="benchmark-table"><thead><tr><th>Section</th><th>Control</th><th>Level</th><th>Assessment</th><th>State</th><th>Rules</th><th class="num">Findings</th></tr></thead><tbody>
${b.controls.map(
  (c) =>
    html`<tr data-state="${c.state}" data-level="${String(c.level)}"><td><code>${c.section}</code></td><td>${c.title}${c.reason ? html`<br><span class="muted">${c.reason}</span>` : ''}</td><td>${c.level}</td><td>${c.assessment}</td><td>${badge('st', c.state)}</td><td>${c.rules.map((r) => html`<code>${r}</code> `)}</td><td class="num">${c.findings}</td></tr>
`,
)}</tbody></table></section>`;
}

export function renderAuditPage(result: AuditResult, options: Omit<HtmlOptions, 'diagramSvg'>): string {
  const read = cachedReader(options.readSource);
  const open = result.findings.filter((f) => !f.suppressed);
  const n = (s: string) => open.filter((f) => f.severity === s).length;
  const failing = result.checks.filter((c) => c.state === 'fail').length;
  const title = `Audit of ${plural(result.inputs.length, 'input')}`;
  const header = html`<h1>${title}</h1>
<div class="sub">${result.benchmark ? html`${result.benchmark.framework} · ` : ''}${options.generator}</div>
<div class="tiles">${tile(open.length, 'open findings', open.length > 0 ? 'bad' : 'good')}${tile(n('critical'), 'critical', 'bad')}${tile(n('high'), 'high', 'bad')}${tile(n('medium'), 'medium', 'warn')}${tile(n('low') + n('info'), 'low / info')}${tile(result.findings.length - open.length, 'suppressed', 'decided')}${tile(failing, 'checks failing', failing > 0 ? 'bad' : 'good')}${result.benchmark?.score != null ? tile(`${result.benchmark.score}%`, 'benchmark score') : ''}</div>`;
  const findings = html`<section id="findings"><h2>Findings</h2>
${
  result.findings.length === 0
    ? html`<p class="note">No findings.</p>`
    : html`${findingFilters(result.findings)}
${count('finding-count', result.findings.length, 'findings')}
${findingsTable(result.findings, read)}`
}</section>`;
  const sections = [
    summarySection(result),
    inputsSection(result),
    benchmarkSection(result.benchmark),
    findings,
    diagnosticsSection(result.diagnostics),
  ];
  return renderPage({
    title,
    header,
    nav: navOf(sections),
    body: html`${sections.map((s) => (s ? html`${s}\n` : ''))}`,
    generator: options.generator,
  });
}
