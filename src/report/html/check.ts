import { STRIDE_CATEGORIES, STRIDE_TITLE } from '../../core/stride.js';
import type { CheckedControl, CheckedThreat, CheckReport, CoverageRow, EvidenceItem } from '../../link/check.js';
import { byRiskThenStatus, VERIFIED_STATUSES } from '../../link/status.js';
import { type Html, html } from './escape.js';
import { cachedReader, type SourceReader } from './excerpt.js';
import type { HtmlOptions } from './index.js';
import { renderPage } from './page.js';
import {
  attackersSection,
  badge,
  count,
  diagnosticsSection,
  diagramSection,
  excerpt,
  filterBar,
  findingFilters,
  findingsTable,
  optionsInOrder,
  plural,
  tile,
  where,
} from './parts.js';
import { controlTitle, elementLabel, navOf, strideCell, threatFacts, threatFilters } from './threats.js';

/** Failing evidence shown per threat before the rest is left to the control's own list. */
const EVIDENCE_SHOWN = 12;

function evidenceList(items: readonly EvidenceItem[], read: SourceReader, showControls = true): Html {
  // One entry per result: the same finding often speaks for several controls of a threat.
  const failing = new Map<string, { item: EvidenceItem; controls: string[] }>();
  for (const e of items) {
    if (e.state === 'pass') continue;
    const key = JSON.stringify([e.ruleId, e.component, e.target, e.message, e.location, e.logicalLocation, e.state]);
    const entry = failing.get(key) ?? { item: e, controls: [] };
    if (!entry.controls.includes(e.control)) entry.controls.push(e.control);
    failing.set(key, entry);
  }
  const passed = new Map<string, Set<string>>();
  for (const e of items)
    if (e.state === 'pass') passed.set(e.ruleId, (passed.get(e.ruleId) ?? new Set()).add(e.target));
  const shown = [...failing.values()];
  return html`${shown
    .slice(0, EVIDENCE_SHOWN)
    .map(
      ({ item: e, controls }) =>
        html`<div class="ev">${badge('st', e.state)} <code>${e.ruleId}</code> ${where(e)} <span class="muted">${e.component}${showControls ? html` · for ${controls.join(', ')}` : ''}</span>${e.message ? html`<br>${e.message}` : ''}${excerpt(e.location, read)}</div>`,
    )}${shown.length > EVIDENCE_SHOWN ? html`<p class="muted">… and ${shown.length - EVIDENCE_SHOWN} more failing results.</p>` : ''}${[
    ...passed,
  ].map(
    ([rule, targets]) =>
      html`<div class="ev">${badge('st', 'pass')} <code>${rule}</code> <span class="where">on ${[...targets].sort().join(', ')}</span></div>`,
  )}`;
}

function controlRef(id: string): Html {
  return html`<a href="#control-${id}"><code>${id}</code></a>`;
}

function threatRow(t: CheckedThreat, read: SourceReader): Html {
  const passed = t.controlStates.filter((c) => c.state === 'pass').length;
  const controls = html`<ul class="plain">${t.controlStates.map(
    (cs) => html`<li>${badge('st', cs.state)} ${controlRef(cs.control)} ${controlTitle(cs.control)}</li>`,
  )}</ul>`;
  const evidence =
    t.evidence.length > 0
      ? evidenceList(t.evidence, read)
      : html`<span class="muted">No artifact speaks for these controls.</span>`;
  const facts = threatFacts(t, [
    ['Declared in the model', t.declaredStatus],
    ['Controls', controls],
    ['Evidence', evidence],
  ]);
  return html`<tr id="threat-${t.id}" data-category="${t.category}" data-status="${t.status}" data-severity="${t.severity}" data-component="${t.element.id}"><td class="num"><b>${t.risk}</b></td><td>${badge('st', t.status)}</td><td>${strideCell(t)}</td><td>${badge('sev', t.severity)}</td><td class="title"><details><summary>${t.title}</summary><div class="detail">${facts}</div></details></td><td>${elementLabel(t)}</td><td class="num">${passed}/${t.controlStates.length}</td></tr>
`;
}

function threatsSection(report: CheckReport, read: SourceReader): Html {
  const sorted = [...report.threats].sort(byRiskThenStatus);
  return html`<section id="threats"><h2>Threats</h2>
<p class="note">Highest risk first. A threat is verified mitigated only when every mitigating control is seen passing on the linked artifacts.</p>
${threatFilters(report.threats, VERIFIED_STATUSES)}
<table id="threat-table"><thead><tr><th class="num">Risk</th><th>Status</th><th>STRIDE</th><th>Severity</th><th>Threat</th><th>Element</th><th class="num">Controls passing</th></tr></thead><tbody>
${sorted.map((t) => threatRow(t, read))}</tbody></table></section>`;
}

function planSection(report: CheckReport): Html | undefined {
  if (report.plan.length === 0) return undefined;
  return html`<section id="plan"><h2>Plan</h2>
<p class="note">Failing controls, ordered by the total risk of the unmitigated threats each one would close.</p>
<table><thead><tr><th class="num">#</th><th>Control</th><th class="num">Risk closed</th><th>Closes</th><th>Change</th><th>Remediation</th></tr></thead><tbody>
${report.plan.map(
  (p, i) =>
    html`<tr><td class="num">${i + 1}</td><td>${controlRef(p.control)}<br>${p.title}</td><td class="num"><b>${p.risk}</b></td><td><ul class="plain">${p.closes.map(
      (id) => html`<li><a href="#threat-${id}"><code>${id}</code></a></li>`,
    )}</ul></td><td><ul class="plain">${p.artifacts.map((a) => html`<li><code>${a}</code></li>`)}</ul></td><td>${p.remediation}</td></tr>
`,
)}</tbody></table></section>`;
}

function benchmarkText(c: CheckedControl): string {
  const b = c.benchmark;
  return b ? `Level ${b.level} · ${b.assessment}` : 'design mitigation';
}

function controlsSection(report: CheckReport, read: SourceReader): Html | undefined {
  if (report.controls.length === 0) return undefined;
  const order = ['fail', 'error', 'pass', 'manual', 'unverified'];
  return html`<section id="controls"><h2>Controls</h2>
${filterBar('control-table', 'control-count', 'controls', [
  {
    key: 'state',
    label: 'State',
    options: optionsInOrder(report.controls, order, (c) => c.state),
  },
])}
${count('control-count', report.controls.length, 'controls')}
<table id="control-table"><thead><tr><th>State</th><th>Control</th><th>Profile</th><th>Components</th><th>Verified by</th><th>Evidence</th></tr></thead><tbody>
${[...report.controls]
  .sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state))
  .map(
    (c) =>
      html`<tr id="control-${c.id}" data-state="${c.state}"><td>${badge('st', c.state)}</td><td><code>${c.id}</code><br>${c.title}</td><td>${benchmarkText(c)}</td><td>${c.components.join(', ')}</td><td>${c.rules.length > 0 ? html`${c.rules.map((r) => html`<code>${r}</code> `)}` : html`<span class="muted">no rule yet</span>`}</td><td>${
        c.evidence.length > 0
          ? html`<details><summary>${plural(c.evidence.length, 'result')}</summary>${evidenceList(c.evidence, read, false)}</details>`
          : html`<span class="muted">none</span>`
      }</td></tr>
`,
  )}</tbody></table></section>`;
}

function claimsSection(report: CheckReport, read: SourceReader): Html | undefined {
  if (report.claims.length === 0) return undefined;
  const order = ['contradicted', 'unverified', 'confirmed'];
  const claims = [...report.claims].sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state));
  return html`<section id="claims"><h2>Claims in the model</h2>
<p class="note">What the model states about its elements, held against the artifacts.</p>
<table><thead><tr><th>State</th><th>Element</th><th>Claim</th><th>Evidence</th></tr></thead><tbody>
${claims.map(
  (c) =>
    html`<tr data-state="${c.state}"><td>${badge('st', c.state)}</td><td>${c.element.type} <code>${c.element.id}</code></td><td><code>${c.claim}</code>${c.location ? html`<br>${where({ location: c.location })}` : ''}</td><td>${c.evidence.map(
      (e) =>
        html`<div class="ev">${badge('st', e.state)} <code>${e.ruleId}</code> ${where(e)}${e.message ? html`<br>${e.message}` : ''}${e.state === 'fail' ? excerpt(e.location, read) : ''}</div>`,
    )}</td></tr>
`,
)}</tbody></table></section>`;
}

function coverageRow(label: Html | string, row: CoverageRow): Html {
  const pct = Math.round(row.covered * 100);
  return html`<tr><td>${label}</td><td class="num">${row.threats}</td><td class="num">${row['verified-mitigated']}</td><td class="num">${row['partially-mitigated']}</td><td class="num">${row.unmitigated}</td><td class="num">${row.unverified}</td><td class="num">${row.decided}</td><td><span class="bar"><b class="w${Math.round(pct / 5) * 5}"></b></span>${pct}%</td></tr>
`;
}

const COVERAGE_HEAD = html`<thead><tr><th></th><th class="num">Threats</th><th class="num">Verified</th><th class="num">Partial</th><th class="num">Unmitigated</th><th class="num">Unverified</th><th class="num">Decided</th><th>Covered</th></tr></thead>`;

function coverageSection(report: CheckReport): Html {
  const names = new Map(report.threats.map((t) => [t.element.id, elementLabel(t)]));
  const { overall, byCategory, byComponent } = report.coverage;
  return html`<section id="coverage"><h2>Coverage</h2>
<p class="note">Covered: the share of threats verified mitigated or decided (accepted, transferred, not applicable).</p>
<h3>By STRIDE category</h3>
<table>${COVERAGE_HEAD}<tbody>
${STRIDE_CATEGORIES.filter((c) => byCategory[c].threats > 0).map((c) => coverageRow(STRIDE_TITLE[c], byCategory[c]))}${coverageRow(html`<b>All</b>`, overall)}</tbody></table>
<h3>By element</h3>
<table>${COVERAGE_HEAD}<tbody>
${Object.entries(byComponent).map(([id, row]) => coverageRow(names.get(id) ?? id, row))}</tbody></table></section>`;
}

function findingsSection(report: CheckReport, read: SourceReader): Html | undefined {
  if (report.findings.length === 0) return undefined;
  return html`<section id="findings"><h2>Audit findings</h2>
<p class="note">Every finding of the audit of the linked artifacts.</p>
${findingFilters(report.findings)}
${count('finding-count', report.findings.length, 'findings')}
${findingsTable(report.findings, read)}</section>`;
}

export function renderCheckPage(report: CheckReport, options: HtmlOptions): string {
  const read = cachedReader(options.readSource);
  const o = report.coverage.overall;
  const failing = report.controls.filter((c) => c.state === 'fail').length;
  const header = html`<h1>${report.model.system}</h1>
<div class="sub">Threat model <code>${report.model.uri}</code> checked against its artifacts · ${report.model.linkedComponents} of ${plural(report.model.components, 'component')} linked · ${plural(report.model.flows, 'flow')} · ${options.generator}</div>
<div class="tiles">${tile(o.threats, 'threats')}${tile(o.unmitigated, 'unmitigated', 'bad')}${tile(o['partially-mitigated'], 'partially mitigated', 'warn')}${tile(o.unverified, 'unverified')}${tile(o['verified-mitigated'], 'verified mitigated', 'good')}${tile(o.decided, 'decided', 'decided')}${tile(failing, 'failing controls', failing > 0 ? 'bad' : 'good')}${tile(`${Math.round(o.covered * 100)}%`, 'covered')}</div>`;
  const sections = [
    diagramSection(options.diagramSvg),
    attackersSection(report.attackers),
    threatsSection(report, read),
    planSection(report),
    controlsSection(report, read),
    claimsSection(report, read),
    coverageSection(report),
    findingsSection(report, read),
    diagnosticsSection(report.diagnostics),
  ];
  return renderPage({
    title: `${report.model.system} — check`,
    header,
    nav: navOf(sections),
    body: html`${sections.map((s) => (s ? html`${s}\n` : ''))}`,
    generator: options.generator,
    diagramSvg: options.diagramSvg,
  });
}
