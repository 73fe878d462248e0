import type { Diagnostic } from '../../core/diagnostics.js';
import type { Finding, LogicalLocation } from '../../core/finding.js';
import { formatLocation, type Location } from '../../core/location.js';
import { SEVERITIES, type Severity } from '../../core/severity.js';
import type { Attacker } from '../../stride/attackers/select.js';
import { type Html, type HtmlPart, html, trusted } from './escape.js';
import { renderExcerpt, type SourceReader } from './excerpt.js';

export function badge(kind: 'sev' | 'st', value: string, label: string = value): Html {
  return html`<span class="badge ${kind}-${value}">${label}</span>`;
}

export function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function tile(value: HtmlPart, label: string, tone?: 'bad' | 'warn' | 'good' | 'decided'): Html {
  return html`<div class="tile${tone ? ` ${tone}` : ''}"><b>${value}</b><span>${label}</span></div>`;
}

/** A file location as `uri:line:column`, a live target by its logical location, or the target itself. */
export function whereText(l: { location?: Location; logicalLocation?: LogicalLocation; target?: string }): string {
  if (l.location) return formatLocation(l.location);
  if (l.logicalLocation) {
    const { kind, name, path } = l.logicalLocation;
    return `${kind} ${name}${path ? ` ${path}` : ''}`;
  }
  return l.target ?? '';
}

export function where(l: { location?: Location; logicalLocation?: LogicalLocation; target?: string }): Html {
  return html`<code class="where">${whereText(l)}</code>`;
}

export function excerpt(location: Location | undefined, read: SourceReader): Html | undefined {
  return location ? renderExcerpt(location, read) : undefined;
}

export interface FilterSpec {
  key: string;
  label: string;
  options: readonly { value: string; label: string }[];
}

/**
 * Filter controls for a table whose body rows carry `data-<key>` attributes. The bar is hidden until the script
 * runs, so without JavaScript the page shows every row and no control that would do nothing.
 */
export function filterBar(table: string, count: string, noun: string, filters: readonly FilterSpec[]): Html {
  return html`<div class="filters" data-filters="${table}" data-count="${count}" data-noun="${noun}" hidden>
${filters.map(
  (
    f,
  ) => html`<label>${f.label}<select id="filter-${f.key}" data-filter="${f.key}"><option value="">All</option>${f.options.map(
    (o) => html`<option value="${o.value}">${o.label}</option>`,
  )}</select></label>
`,
)}<label>Text<input id="filter-text" type="search" data-filter="text" placeholder="id, title, file…"></label>
<button type="button" data-reset>Reset</button>
</div>`;
}

/** Options in first-seen order, with their counts. */
export function optionsOf<T>(items: readonly T[], value: (t: T) => string, label: (t: T) => string = value) {
  const seen = new Map<string, { value: string; label: string; n: number }>();
  for (const item of items) {
    const v = value(item);
    const o = seen.get(v) ?? { value: v, label: label(item), n: 0 };
    o.n++;
    seen.set(v, o);
  }
  return [...seen.values()].map((o) => ({ value: o.value, label: `${o.label} (${o.n})` }));
}

/** `optionsOf`, the options in `order` (a state's or a category's own order) rather than as first seen. */
export function optionsInOrder<T>(
  items: readonly T[],
  order: readonly string[],
  value: (t: T) => string,
  label?: (t: T) => string,
) {
  return optionsOf(
    [...items].sort((a, b) => order.indexOf(value(a)) - order.indexOf(value(b))),
    value,
    label,
  );
}

export function severityOptions<T extends { severity: Severity }>(items: readonly T[]) {
  return [...SEVERITIES]
    .reverse()
    .map((s) => ({ value: s, label: `${s} (${items.filter((i) => i.severity === s).length})` }))
    .filter((o) => !o.label.endsWith('(0)'));
}

export function diagramSection(svg: string | undefined): Html | undefined {
  if (!svg) return undefined;
  return html`<section id="diagram"><h2>Data-flow diagram</h2>
<p class="note">Click a component or flow to filter the threats by it.</p>
<div class="diagram">${trusted(svg)}</div></section>`;
}

export function attackersSection(attackers: readonly Attacker[]): Html | undefined {
  if (attackers.length === 0) return undefined;
  const list = (label: string, items: readonly string[]) =>
    items.length === 0 ? '' : html`<div class="label">${label}</div><ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`;
  return html`<section id="attackers"><h2>Attacker profiles</h2>
<div class="cards">${attackers.map(
    (a) => html`<div class="card" id="attacker-${a.id}"><h3>${a.name}</h3>
${a.description ? html`<p>${a.description}</p>` : ''}${a.motivation ? html`<p class="muted">Motivation: ${a.motivation}</p>` : ''}${list('Goals', a.goals)}${list('Methods', a.methods)}${a.reason ? html`<p class="muted">Why: ${a.reason}</p>` : ''}<p class="muted">${a.source === 'model' ? 'Defined in the model' : 'From the attacker library'}</p></div>
`,
  )}</div></section>`;
}

export function diagnosticsSection(diagnostics: readonly Diagnostic[]): Html | undefined {
  if (diagnostics.length === 0) return undefined;
  return html`<section id="problems"><h2>Problems in the inputs</h2>
<table><thead><tr><th>Severity</th><th>Code</th><th>Location</th><th>Message</th></tr></thead><tbody>
${diagnostics.map(
  (d) =>
    html`<tr><td>${badge('sev', d.severity === 'error' ? 'high' : d.severity === 'warning' ? 'medium' : 'info', d.severity)}</td><td><code>${d.code}</code></td><td>${where({ location: d.location })}</td><td>${d.message}</td></tr>
`,
)}</tbody></table></section>`;
}

/** Findings with their location, redacted evidence or code excerpt, and suppression; rows filterable. */
export function findingsTable(findings: readonly Finding[], read: SourceReader, id = 'findings'): Html {
  return html`<table id="${id}-table"><thead><tr><th>Severity</th><th>Rule</th><th>Location</th><th>Message</th><th>Suppressed</th></tr></thead><tbody>
${findings.map((f) => {
  const code = excerpt(f.location, read);
  return html`<tr data-severity="${f.severity}" data-rule="${f.ruleId}" data-input="${f.target}" data-suppressed="${f.suppressed ? 'yes' : 'no'}"><td>${badge('sev', f.severity)}</td><td><code>${f.ruleId}</code></td><td>${where(f)}</td><td>${f.message}${code ?? (f.evidence ? html`<pre class="excerpt"><span>${f.evidence}</span></pre>` : '')}</td><td>${f.suppressed ? html`${badge('st', 'suppressed')} ${f.suppressed.reason}` : html`<span class="muted">no</span>`}</td></tr>
`;
})}</tbody></table>`;
}

export function findingFilters(findings: readonly Finding[], id = 'findings'): Html {
  return filterBar(`${id}-table`, `${id === 'findings' ? 'finding' : id}-count`, 'findings', [
    { key: 'severity', label: 'Severity', options: severityOptions(findings) },
    { key: 'input', label: 'Input', options: optionsOf(findings, (f) => f.target) },
    { key: 'rule', label: 'Rule', options: optionsOf(findings, (f) => f.ruleId) },
    {
      key: 'suppressed',
      label: 'Suppressed',
      options: [
        { value: 'no', label: 'open' },
        { value: 'yes', label: 'suppressed' },
      ],
    },
  ]);
}

export function count(id: string, n: number, noun: string): Html {
  return html`<p class="count" id="${id}" aria-live="polite">${n} of ${n} ${noun}</p>`;
}

export function cweLinks(cwe: readonly string[], capec: readonly string[]): Html | undefined {
  if (cwe.length === 0 && capec.length === 0) return undefined;
  const num = (s: string) => s.replace(/^\D+/, '');
  return html`${cwe.map((c) => html`<a href="https://cwe.mitre.org/data/definitions/${num(c)}.html" rel="noreferrer">${c}</a> `)}${capec.map(
    (c) => html`<a href="https://capec.mitre.org/data/definitions/${num(c)}.html" rel="noreferrer">${c}</a> `,
  )}`;
}
