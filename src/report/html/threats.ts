import { findControl } from '../../catalogue/index.js';
import { formatLocation } from '../../core/location.js';
import { severityRank } from '../../core/severity.js';
import { STRIDE_CATEGORIES, STRIDE_LETTER, STRIDE_TITLE } from '../../core/stride.js';
import { DECISION_STATUSES } from '../../model/schema.js';
import type { Threat } from '../../stride/engine.js';
import type { ThreatReport } from '../../stride/report.js';
import { type Html, type HtmlPart, html } from './escape.js';
import type { HtmlOptions } from './index.js';
import { renderPage } from './page.js';
import {
  attackersSection,
  badge,
  count,
  cweLinks,
  diagnosticsSection,
  diagramSection,
  filterBar,
  optionsInOrder,
  optionsOf,
  plural,
  severityOptions,
  tile,
} from './parts.js';

type AnyThreat = Omit<Threat, 'status'>;

export function strideCell(t: Pick<Threat, 'category'>): Html {
  return html`<span class="stride" title="${STRIDE_TITLE[t.category]}">${STRIDE_LETTER[t.category]}</span>`;
}

export function elementLabel(t: AnyThreat): string {
  return t.element.type === 'flow' ? `${t.element.name} (flow)` : t.element.name;
}

export function controlTitle(id: string): string {
  return findControl(id)?.title ?? id;
}

/** What every threat's details show: the threat's text, references, decision and where the model puts it. */
export function threatFacts(t: AnyThreat, extra: readonly [string, HtmlPart][] = []): Html {
  const rows: [string, HtmlPart][] = [
    ['Threat id', html`<code>${t.id}</code>`],
    ['Rule', html`<code>${t.ruleId}</code> ${t.ruleName}`],
    ['Element', html`${elementLabel(t)} <code>${t.element.id}</code> · ${t.element.kind}`],
    ['Likelihood × impact', `${t.likelihood} × ${t.impact}`],
    ...extra,
  ];
  if (t.decision) {
    const d = t.decision;
    rows.push([
      'Decision',
      html`${badge('st', d.status)}${d.expired ? html` <b>expired</b>` : ''}${d.justification ? html` ${d.justification}` : ''}${d.owner ? html` <span class="muted">(owner: ${d.owner})</span>` : ''}${d.expires ? html` <span class="muted">until ${d.expires}</span>` : ''}`,
    ]);
  }
  if (t.claimedBy.length > 0)
    rows.push(['Claimed by the model', html`${t.claimedBy.map((c) => html`<code>${c}</code> `)}`]);
  const refs = cweLinks(t.cwe, t.capec);
  if (refs) rows.push(['References', refs]);
  if (t.location) rows.push(['In the model', html`<code>${formatLocation(t.location)}</code>`]);
  return html`<p>${t.description}</p><dl>${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

/** The filters over a threat table (STRIDE category, status in `statusOrder`, severity, element) and its count. */
export function threatFilters<S extends string>(
  threats: readonly (AnyThreat & { status: S })[],
  statusOrder: readonly S[],
): Html {
  return html`${filterBar('threat-table', 'threat-count', 'threats', [
    {
      key: 'category',
      label: 'STRIDE category',
      options: optionsInOrder(
        threats,
        STRIDE_CATEGORIES,
        (t) => t.category,
        (t) => STRIDE_TITLE[t.category],
      ),
    },
    {
      key: 'status',
      label: 'Status',
      options: optionsInOrder(threats, statusOrder, (t) => t.status),
    },
    { key: 'severity', label: 'Severity', options: severityOptions(threats) },
    { key: 'component', label: 'Element', options: optionsOf(threats, (t) => t.element.id, elementLabel) },
  ])}
${count('threat-count', threats.length, 'threats')}`;
}

/** One row per element, one column per STRIDE category: how many threats each pair has. */
function matrixSection(threats: readonly AnyThreat[]): Html | undefined {
  if (threats.length === 0) return undefined;
  const byElement = new Map<string, AnyThreat[]>();
  for (const t of threats) byElement.set(t.element.id, [...(byElement.get(t.element.id) ?? []), t]);
  return html`<section id="matrix"><h2>STRIDE per element</h2>
<table class="matrix compact"><thead><tr><th>Element</th>${STRIDE_CATEGORIES.map((c) => html`<th title="${STRIDE_TITLE[c]}">${STRIDE_LETTER[c]}</th>`)}<th>Total</th></tr></thead><tbody>
${[...byElement.values()].map((list) => {
  const first = list[0] as AnyThreat;
  return html`<tr><td>${elementLabel(first)}</td>${STRIDE_CATEGORIES.map((c) => {
    const n = list.filter((t) => t.category === c).length;
    return html`<td>${n === 0 ? '' : n}</td>`;
  })}<td>${list.length}</td></tr>
`;
})}</tbody></table></section>`;
}

export function renderThreatsPage(report: ThreatReport, options: HtmlOptions): string {
  const system = report.model?.system ?? 'Unnamed system';
  const threats = [...report.threats].sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const bySeverity = (s: Threat['severity']) => report.threats.filter((t) => t.severity === s).length;
  const header = html`<h1>${system}</h1>
<div class="sub">Threat model${report.model ? html` <code>${report.model.uri}</code> · ${plural(report.model.components, 'component')}, ${plural(report.model.flows, 'flow')}` : ''} · ${options.generator}</div>
<div class="tiles">${tile(report.threats.length, 'threats')}${tile(bySeverity('critical'), 'critical', 'bad')}${tile(bySeverity('high'), 'high', 'bad')}${tile(bySeverity('medium'), 'medium', 'warn')}${tile(bySeverity('low') + bySeverity('info'), 'low', 'good')}${tile(report.attackers.length, 'attacker profiles')}</div>`;

  const table = html`<section id="threats"><h2>Threats</h2>
${threatFilters(report.threats, DECISION_STATUSES)}
<table id="threat-table"><thead><tr><th>Severity</th><th>STRIDE</th><th>Threat</th><th>Element</th><th>Status</th><th>Mitigating controls</th></tr></thead><tbody>
${threats.map(
  (
    t,
  ) => html`<tr id="threat-${t.id}" data-category="${t.category}" data-status="${t.status}" data-severity="${t.severity}" data-component="${t.element.id}"><td>${badge('sev', t.severity)}</td><td>${strideCell(t)}</td><td class="title"><details><summary>${t.title}</summary><div class="detail">${threatFacts(
    t,
    [
      [
        'Mitigating controls',
        html`<ul class="plain">${t.mitigations.map((m) => html`<li><code>${m}</code> ${controlTitle(m)}</li>`)}</ul>`,
      ],
    ],
  )}</div></details></td><td>${elementLabel(t)}</td><td>${badge('st', t.status)}</td><td><ul class="plain">${t.mitigations.map((m) => html`<li><code title="${controlTitle(m)}">${m}</code></li>`)}</ul></td></tr>
`,
)}</tbody></table></section>`;

  const sections = [
    diagramSection(options.diagramSvg),
    attackersSection(report.attackers),
    matrixSection(report.threats),
    table,
    diagnosticsSection(report.diagnostics),
  ];
  return renderPage({
    title: `${system} — threats`,
    header,
    nav: navOf(sections),
    body: html`${sections.map((s) => (s ? html`${s}\n` : ''))}`,
    generator: options.generator,
    diagramSvg: options.diagramSvg,
  });
}

const NAV_LABELS: Record<string, string> = {
  diagram: 'Diagram',
  attackers: 'Attackers',
  matrix: 'STRIDE matrix',
  threats: 'Threats',
  plan: 'Plan',
  controls: 'Controls',
  claims: 'Claims',
  coverage: 'Coverage',
  summary: 'Summary',
  benchmark: 'Benchmark',
  inputs: 'Inputs',
  findings: 'Findings',
  problems: 'Problems',
};

/** The table of contents: the sections present, by the id each one opens with. */
export function navOf(sections: readonly (Html | undefined)[]): { id: string; label: string }[] {
  return sections.flatMap((s) => {
    const id = s ? /^<section id="([a-z-]+)"/.exec(s.value)?.[1] : undefined;
    return id ? [{ id, label: NAV_LABELS[id] ?? id }] : [];
  });
}
