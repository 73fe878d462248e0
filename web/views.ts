import { STRIDE_CATEGORIES, STRIDE_TITLE } from '../src/core/stride.js';
import { VERIFIED_STATUSES } from '../src/link/status.js';
import { h, where } from './dom.js';
import type { Attacker, CheckReport, CoverageRow, Diagnostic, Threat } from './types.js';

const CATEGORIES = STRIDE_CATEGORIES.map((c) => [c, STRIDE_TITLE[c]] as const);

export const DECISION_STATUSES = ['open', 'mitigated', 'accepted', 'transferred', 'not-applicable'] as const;
const NEEDS_JUSTIFICATION = new Set(['accepted', 'transferred', 'not-applicable']);

export type Selection = { kind: 'component' | 'flow' | 'boundary'; id: string } | undefined;

export interface DecisionRequest {
  threatId: string;
  status: string;
  justification: string;
  owner: string;
  expires: string;
}

export function badge(kind: string, text: string): HTMLElement {
  return h('span', { class: `badge ${kind}-${text.replace(/[^a-z0-9-]/gi, '')}` }, text);
}

export function summaryView(report: CheckReport, shown: readonly Threat[]): HTMLElement {
  const counts = new Map<string, number>();
  for (const t of shown) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  return h(
    'p',
    {},
    `${shown.length} threats${shown.length !== report.threats.length ? ` of ${report.threats.length}` : ''}: `,
    ...VERIFIED_STATUSES.filter((s) => counts.has(s)).flatMap((s) => [badge('status', s), ` ${counts.get(s)}  `]),
  );
}

/** Threats grouped by STRIDE category, each with its status, controls, evidence and a form to decide it. */
export function threatsView(
  threats: readonly Threat[],
  open: ReadonlySet<string>,
  decide: (req: DecisionRequest, form: HTMLFormElement) => void,
): HTMLElement {
  const root = h('div', {});
  for (const [category, title] of CATEGORIES) {
    const list = threats
      .filter((t) => t.category === category)
      .sort((a, b) => b.risk - a.risk || a.id.localeCompare(b.id));
    const section = h(
      'section',
      { class: 'category', 'data-category': category },
      h('h3', {}, `${title} `, h('span', { class: 'count' }, String(list.length))),
    );
    if (list.length === 0) section.append(h('p', { class: 'muted' }, 'No threats in this category.'));
    for (const t of list) section.append(threatView(t, open.has(t.id), decide));
    root.append(section);
  }
  return root;
}

function threatView(
  t: Threat,
  isOpen: boolean,
  decide: (req: DecisionRequest, form: HTMLFormElement) => void,
): HTMLElement {
  const details = h(
    'details',
    { class: 'threat', 'data-threat': t.id, open: isOpen },
    h(
      'summary',
      {},
      badge('sev', t.severity),
      badge('status', t.status),
      h('span', { class: 'title' }, t.title),
      h('span', { class: 'tid' }, t.id),
      h('span', { class: 'risk', title: 'risk 1..10' }, `risk ${t.risk}`),
    ),
  );
  details.append(
    h('p', {}, t.description),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Element'),
      h('dd', {}, `${t.element.name} (${t.element.type} ${t.element.id}, ${t.element.kind})`),
      h('dt', {}, 'Likelihood × impact'),
      h('dd', {}, `${t.likelihood} × ${t.impact}`),
      h('dt', {}, 'Model says'),
      h('dd', {}, `${t.declaredStatus}${t.statusSource === 'default' ? '' : ` (${t.statusSource})`}`),
      t.decision && h('dt', {}, 'Decision'),
      t.decision &&
        h(
          'dd',
          { class: 'decision' },
          `${t.decision.status}${t.decision.owner ? `, owner ${t.decision.owner}` : ''}${
            t.decision.expires ? `, expires ${t.decision.expires}` : ''
          }${t.decision.expired ? ' (expired)' : ''}`,
          t.decision.justification ? h('div', { class: 'muted' }, t.decision.justification) : undefined,
        ),
      t.cwe.length > 0 && h('dt', {}, 'CWE / CAPEC'),
      t.cwe.length > 0 && h('dd', {}, [...t.cwe, ...t.capec].join(', ')),
    ),
  );
  const controls = h('ul', { class: 'controls' });
  for (const c of t.controlStates) controls.append(h('li', {}, badge('state', c.state), ' ', h('code', {}, c.control)));
  details.append(
    h('h4', {}, 'Controls'),
    t.controlStates.length ? controls : h('p', { class: 'muted' }, 'None named.'),
  );
  const evidence = h('ul', { class: 'evidence' });
  for (const e of t.evidence)
    evidence.append(
      h(
        'li',
        {},
        badge('state', e.state),
        ' ',
        h('code', {}, e.ruleId),
        ` ${e.component}: `,
        e.location ? h('code', {}, where(e.location)) : e.logicalLocation ? e.logicalLocation.name : e.target,
        e.message ? ` — ${e.message}` : '',
      ),
    );
  details.append(
    h('h4', {}, 'Evidence'),
    t.evidence.length ? evidence : h('p', { class: 'muted' }, 'No linked artifact speaks for this threat.'),
  );
  details.append(decisionForm(t, decide));
  return details;
}

function decisionForm(t: Threat, decide: (req: DecisionRequest, form: HTMLFormElement) => void): HTMLElement {
  const status = h(
    'select',
    { name: 'status', 'aria-label': 'Decision status' },
    ...DECISION_STATUSES.map((s) => h('option', { value: s, selected: (t.decision?.status ?? 'accepted') === s }, s)),
  ) as HTMLSelectElement;
  const justification = h('textarea', {
    name: 'justification',
    rows: '2',
    placeholder: 'Justification (needed for accepted, transferred, not-applicable)',
    'aria-label': 'Justification',
  }) as HTMLTextAreaElement;
  justification.value = t.decision?.justification ?? '';
  const owner = h('input', { name: 'owner', placeholder: 'Owner', 'aria-label': 'Owner' }) as HTMLInputElement;
  owner.value = t.decision?.owner ?? '';
  const expires = h('input', { name: 'expires', type: 'date', 'aria-label': 'Expires' }) as HTMLInputElement;
  expires.value = t.decision?.expires ?? '';
  const error = h('span', { class: 'form-error', role: 'status' });
  const form = h(
    'form',
    { class: 'decide' },
    h('h4', {}, 'Decision'),
    h('div', { class: 'row' }, status, owner, h('label', {}, 'expires ', expires)),
    justification,
    h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Record decision'), error),
  ) as HTMLFormElement;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const req = {
      threatId: t.id,
      status: status.value,
      justification: justification.value.trim(),
      owner: owner.value.trim(),
      expires: expires.value,
    };
    if (NEEDS_JUSTIFICATION.has(req.status) && !req.justification) {
      error.textContent = `"${req.status}" needs a justification.`;
      return;
    }
    decide(req, form);
  });
  return form;
}

export function findingsView(report: CheckReport): HTMLElement {
  const root = h('div', {});
  const findings = [...report.findings].sort(
    (a, b) => rank(b.severity) - rank(a.severity) || a.ruleId.localeCompare(b.ruleId),
  );
  root.append(
    h('h3', {}, `Audit findings of the linked artifacts `, h('span', { class: 'count' }, String(findings.length))),
  );
  if (findings.length === 0)
    root.append(h('p', { class: 'muted' }, 'No findings: no artifact is linked, or every linked artifact passes.'));
  else {
    const table = h(
      'table',
      { class: 'grid findings' },
      h('tr', {}, h('th', {}, 'Severity'), h('th', {}, 'Rule'), h('th', {}, 'Where'), h('th', {}, 'Finding')),
    );
    for (const f of findings)
      table.append(
        h(
          'tr',
          { class: f.suppressed ? 'suppressed' : undefined },
          h('td', {}, badge('sev', f.severity)),
          h('td', {}, h('code', {}, f.ruleId)),
          h(
            'td',
            {},
            h(
              'code',
              {},
              f.location
                ? where(f.location)
                : f.logicalLocation
                  ? `${f.logicalLocation.kind} ${f.logicalLocation.name}`
                  : f.target,
            ),
          ),
          h(
            'td',
            {},
            f.message,
            f.suppressed ? h('div', { class: 'muted' }, `suppressed: ${f.suppressed.reason}`) : undefined,
          ),
        ),
      );
    root.append(table);
  }
  root.append(h('h3', {}, 'Claims in the model, checked against evidence'));
  if (report.claims.length === 0) root.append(h('p', { class: 'muted' }, 'No claims to check.'));
  else {
    const list = h('ul', { class: 'claims' });
    for (const c of report.claims)
      list.append(
        h(
          'li',
          {},
          badge('claim', c.state),
          ` ${c.element.id}: ${c.claim}`,
          ...c.evidence.map((e) =>
            h('div', { class: 'muted' }, `${e.state} ${e.ruleId} ${e.target}${e.message ? ` — ${e.message}` : ''}`),
          ),
        ),
      );
    root.append(list);
  }
  return root;
}

export function attackersView(attackers: readonly Attacker[]): HTMLElement {
  const root = h('div', { class: 'cards' });
  if (attackers.length === 0) root.append(h('p', { class: 'muted' }, 'No attacker profiles.'));
  for (const a of attackers)
    root.append(
      h(
        'article',
        { class: 'card attacker' },
        h('h3', {}, a.name, ' ', h('span', { class: 'muted' }, a.source === 'library' ? 'library profile' : 'model')),
        a.description ? h('p', {}, a.description) : undefined,
        a.motivation ? h('p', {}, h('strong', {}, 'Motivation: '), a.motivation) : undefined,
        a.reason ? h('p', { class: 'muted' }, a.reason) : undefined,
        a.goals.length ? h('h4', {}, 'Goals') : undefined,
        a.goals.length ? h('ul', {}, ...a.goals.map((g) => h('li', {}, g))) : undefined,
        a.methods.length ? h('h4', {}, 'Methods') : undefined,
        a.methods.length ? h('ul', {}, ...a.methods.map((m) => h('li', {}, m))) : undefined,
      ),
    );
  return root;
}

export function planView(report: CheckReport): HTMLElement {
  const root = h('div', {});
  root.append(h('h3', {}, 'Coverage'));
  const table = h(
    'table',
    { class: 'grid coverage' },
    h(
      'tr',
      {},
      h('th', {}, ''),
      h('th', {}, 'Threats'),
      h('th', {}, 'Verified'),
      h('th', {}, 'Partial'),
      h('th', {}, 'Unmitigated'),
      h('th', {}, 'Unverified'),
      h('th', {}, 'Decided'),
      h('th', {}, 'Covered'),
    ),
  );
  const row = (label: string, r: CoverageRow, cls?: string) =>
    h(
      'tr',
      { class: cls },
      h('th', {}, label),
      h('td', {}, String(r.threats)),
      h('td', {}, String(r['verified-mitigated'])),
      h('td', {}, String(r['partially-mitigated'])),
      h('td', {}, String(r.unmitigated)),
      h('td', {}, String(r.unverified)),
      h('td', {}, String(r.decided)),
      h('td', {}, meter(r.covered)),
    );
  table.append(row('All threats', report.coverage.overall, 'total'));
  for (const [id, title] of CATEGORIES) {
    const r = report.coverage.byCategory[id];
    if (r) table.append(row(title, r));
  }
  for (const [id, r] of Object.entries(report.coverage.byComponent)) table.append(row(id, r, 'component'));
  root.append(table);
  root.append(h('h3', {}, 'Plan: the controls that close the most risk first'));
  if (report.plan.length === 0) root.append(h('p', { class: 'muted' }, 'Nothing to do: no failing control.'));
  const list = h('ol', { class: 'plan' });
  for (const p of report.plan)
    list.append(
      h(
        'li',
        {},
        h('strong', {}, p.title),
        ' ',
        h('code', {}, p.control),
        h('span', { class: 'risk' }, ` risk ${p.risk}`),
        h('div', {}, p.remediation),
        h('div', { class: 'muted' }, `closes ${p.closes.join(', ')}`),
        p.artifacts.length ? h('div', { class: 'muted' }, `in ${p.artifacts.join(', ')}`) : undefined,
      ),
    );
  root.append(list);
  return root;
}

function meter(share: number): HTMLElement {
  const pct = Math.round(share * 100);
  const bar = h('progress', { max: '100', value: String(pct) });
  return h('span', { class: 'meter' }, bar, ` ${pct}%`);
}

export function diagnosticsView(diagnostics: readonly Diagnostic[]): HTMLElement {
  const list = h('ul', {});
  for (const d of diagnostics)
    list.append(
      h(
        'li',
        { class: d.severity },
        badge('diag', d.severity),
        ' ',
        d.location ? h('code', {}, where(d.location)) : undefined,
        ` ${d.message} `,
        h('span', { class: 'muted' }, d.code),
      ),
    );
  return list;
}

function rank(severity: string): number {
  return ['info', 'low', 'medium', 'high', 'critical'].indexOf(severity);
}
