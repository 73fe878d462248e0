import { yaml } from '@codemirror/lang-yaml';
import { type Diagnostic as EditorDiagnostic, linter, lintGutter } from '@codemirror/lint';
import { Prec } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { basicSetup, EditorView } from 'codemirror';
import { byId, clear, h } from './dom.js';
import { parseDiagram } from './svg.js';
import type { Diagnostic, Threat, WebState } from './types.js';
import {
  attackersView,
  type DecisionRequest,
  diagnosticsView,
  findingsView,
  planView,
  type Selection,
  summaryView,
  threatsView,
} from './views.js';

/** What the page holds: the last state from the server, and the disk version the editor's text started from. */
let state: WebState | undefined;
let baseVersion = '';
let baseText = '';
let selection: Selection;
const openThreats = new Set<string>();

const nonce = document.querySelector('meta[name="stridebench-style-nonce"]')?.getAttribute('content') ?? '';

const editor = new EditorView({
  parent: byId('editor'),
  extensions: [
    basicSetup,
    yaml(),
    EditorView.lineWrapping,
    lintGutter(),
    linter(lintSource, { delay: 400 }),
    EditorView.cspNonce.of(nonce),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) showSaveState();
    }),
    Prec.highest(
      keymap.of([
        {
          key: 'Mod-s',
          run: () => {
            void save(false);
            return true;
          },
        },
      ]),
    ),
  ],
});

function editorText(): string {
  return editor.state.doc.toString();
}

function dirty(): boolean {
  return editorText() !== baseText;
}

function setEditorText(text: string): void {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
}

async function api(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  const json = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  return { status: res.status, json };
}

/** The loader's diagnostics of the text being typed, from the server: the same loader as `stridebench validate`. */
async function lintSource(view: EditorView): Promise<EditorDiagnostic[]> {
  const text = view.state.doc.toString();
  const { status, json } = await api('POST', '/api/diagnostics', { text });
  if (status !== 200 || view.state.doc.toString() !== text) return [];
  const doc = view.state.doc;
  const pos = (line: number, column: number) => {
    const l = doc.line(Math.min(Math.max(line, 1), doc.lines));
    return Math.min(l.from + Math.max(column - 1, 0), l.to);
  };
  return ((json as { diagnostics: Diagnostic[] }).diagnostics ?? []).map((d) => {
    const from = d.location ? pos(d.location.startLine, d.location.startColumn) : 0;
    const to = d.location ? pos(d.location.endLine, d.location.endColumn) : 0;
    return {
      from,
      to: Math.max(from, to),
      severity: d.severity,
      message: d.message,
      source: d.code,
    };
  });
}

function showSaveState(message?: string): void {
  const el = byId('save-state');
  el.textContent = message ?? (dirty() ? 'unsaved changes' : 'saved');
  el.className = `save-state ${dirty() ? 'dirty' : 'clean'}`;
}

type NoticeKind = 'conflict' | 'info' | 'error';

function notice(kind: NoticeKind, text: string): void {
  const el = byId('notice');
  el.hidden = false;
  el.className = `notice ${kind}`;
  byId('notice-text').textContent = text;
  byId('notice-load').hidden = kind !== 'conflict';
  byId('notice-overwrite').hidden = kind !== 'conflict';
}

function hideNotice(): void {
  byId('notice').hidden = true;
}

/** Fetches the state and shows it; the editor takes the disk text only when it holds no edit of the user's. */
async function refresh(): Promise<void> {
  const { status, json } = await api('GET', '/api/state');
  if (status !== 200) {
    notice('error', `Could not load the model: ${(json as { error?: string }).error ?? status}`);
    return;
  }
  const next = json as WebState;
  state = next;
  if (next.version !== baseVersion) {
    if (baseVersion === '' || !dirty()) {
      baseVersion = next.version;
      baseText = next.text;
      if (editorText() !== next.text) setEditorText(next.text);
    } else {
      notice('conflict', 'The file changed on disk; your edit is kept in the editor and has not been saved.');
    }
  }
  showSaveState();
  render();
}

async function save(overwrite: boolean): Promise<void> {
  if (!state) return;
  const text = editorText();
  const base = overwrite ? state.version : baseVersion;
  showSaveState('saving…');
  const { status, json } = await api('PUT', '/api/model', { text, baseVersion: base });
  if (status === 200) {
    baseVersion = (json as { version: string }).version;
    baseText = text;
    hideNotice();
    showSaveState();
    await refresh();
  } else if (status === 409) {
    notice('conflict', `Not saved: ${(json as { error: string }).error}.`);
    showSaveState();
  } else {
    notice('error', `Not saved: ${(json as { error?: string }).error ?? `HTTP ${status}`}`);
    showSaveState();
  }
}

async function decide(req: DecisionRequest, form: HTMLFormElement): Promise<void> {
  const error = form.querySelector('.form-error') as HTMLElement;
  if (dirty()) {
    error.textContent = 'Save or drop your edit in the editor first: the decision is written into the file.';
    return;
  }
  error.textContent = 'saving…';
  const body: Record<string, string> = { threatId: req.threatId, status: req.status, baseVersion };
  if (req.justification) body.justification = req.justification;
  body.owner = req.owner;
  body.expires = req.expires;
  const { status, json } = await api('POST', '/api/decision', body);
  if (status === 200) {
    error.textContent = '';
    await refresh();
  } else if (status === 409) {
    error.textContent = 'Not recorded: the file changed on disk. The page reloads it; try again.';
    await refresh();
  } else error.textContent = `Not recorded: ${(json as { error?: string }).error ?? `HTTP ${status}`}`;
}

function render(): void {
  if (!state) return;
  const report = state.report;
  byId('system').textContent = report?.model.system ?? '';
  byId('file').textContent = state.file;
  const diagnostics = byId('diagnostics');
  clear(diagnostics);
  if (state.diagnostics.length > 0)
    diagnostics.append(
      h('h3', {}, `Problems `, h('span', { class: 'count' }, String(state.diagnostics.length))),
      diagnosticsView(state.diagnostics),
    );
  renderDiagram();
  renderThreats();
  for (const id of ['tab-findings', 'tab-attackers', 'tab-plan']) clear(byId(id));
  if (!report) return;
  byId('tab-findings').append(findingsView(report));
  byId('tab-attackers').append(attackersView(report.attackers));
  byId('tab-plan').append(planView(report));
  byId('count-findings').textContent = String(report.findings.length);
  byId('count-attackers').textContent = String(report.attackers.length);
}

/** The threat list, filtered to the element selected in the diagram. */
function renderThreats(): void {
  const report = state?.report;
  const threatsEl = byId('threats');
  const summary = byId('summary');
  clear(threatsEl);
  clear(summary);
  if (!report) {
    threatsEl.append(
      h('p', { class: 'muted' }, 'The model has errors (see Problems under the editor); fix them and save.'),
    );
    return;
  }
  const shown = report.threats.filter((t) => inSelection(t));
  summary.append(summaryView(report, shown));
  threatsEl.append(threatsView(shown, openThreats, (req, form) => void decide(req, form)));
}

function inSelection(t: Threat): boolean {
  if (!selection) return true;
  if (selection.kind === 'boundary')
    return state?.inBoundary?.[selection.id]?.includes(`${t.element.type}:${t.element.id}`) ?? false;
  return t.element.type === selection.kind && t.element.id === selection.id;
}

function renderDiagram(): void {
  const el = byId('diagram');
  clear(el);
  const diagram = state?.diagram;
  if (!diagram) return;
  if ('error' in diagram) {
    el.append(h('p', { class: 'muted' }, diagram.error));
    return;
  }
  const svg = parseDiagram(diagram.svg);
  if (!svg) {
    el.append(h('p', { class: 'muted' }, 'The diagram could not be read.'));
    return;
  }
  for (const g of svg.querySelectorAll('[data-element]')) {
    g.setAttribute('tabindex', '0');
    g.setAttribute('role', 'button');
  }
  el.append(svg);
  applyZoom();
  markSelection();
}

/** 1 fits the diagram in its panel; larger values enlarge it and the panel scrolls. */
let zoom = 1;

function applyZoom(): void {
  const svg = byId('diagram').querySelector('svg');
  if (!svg) return;
  // CSSOM properties, not a style attribute: the CSP allows no inline style attributes.
  svg.style.width = `${zoom * 100}%`;
  svg.style.height = `${zoom * 100}%`;
}

function markSelection(): void {
  const el = byId('diagram');
  for (const g of el.querySelectorAll('.sb-selected')) g.classList.remove('sb-selected');
  const bar = byId('selection');
  if (!selection) {
    bar.hidden = true;
    return;
  }
  const key = `${selection.kind}:${selection.id}`;
  for (const g of el.querySelectorAll('[data-element]'))
    if (g.getAttribute('data-element') === key) g.classList.add('sb-selected');
  bar.hidden = false;
  byId('selection-text').textContent =
    selection.kind === 'boundary'
      ? `Showing the threats of the components in boundary ${selection.id} and of their flows.`
      : `Showing the threats of ${selection.kind} ${selection.id}.`;
}

function select(target: Element | null): void {
  const value = target?.closest('[data-element]')?.getAttribute('data-element') ?? '';
  const m = /^(component|flow|boundary):(.+)$/.exec(value);
  selection = m ? { kind: m[1] as 'component' | 'flow' | 'boundary', id: m[2] as string } : undefined;
  // The diagram stays as it is (and keeps the keyboard focus): only the marks and the list change.
  markSelection();
  renderThreats();
}

byId('diagram').addEventListener('click', (event) => select(event.target as Element));
byId('diagram').addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  event.preventDefault();
  select(event.target as Element);
});
byId('selection-clear').addEventListener('click', () => {
  selection = undefined;
  markSelection();
  renderThreats();
});
byId('threats').addEventListener(
  'toggle',
  (event) => {
    const d = event.target as HTMLDetailsElement;
    const id = d.getAttribute('data-threat');
    if (!id) return;
    if (d.open) openThreats.add(id);
    else openThreats.delete(id);
  },
  true,
);
byId('zoom-in').addEventListener('click', () => {
  zoom = Math.min(zoom * 1.5, 8);
  applyZoom();
});
byId('zoom-out').addEventListener('click', () => {
  zoom = Math.max(zoom / 1.5, 1);
  applyZoom();
});
byId('zoom-fit').addEventListener('click', () => {
  zoom = 1;
  applyZoom();
});
byId('save').addEventListener('click', () => void save(false));
byId('notice-close').addEventListener('click', hideNotice);
byId('notice-overwrite').addEventListener('click', () => void save(true));
byId('notice-load').addEventListener('click', () => {
  if (!state) return;
  baseVersion = state.version;
  baseText = state.text;
  setEditorText(state.text);
  hideNotice();
  showSaveState();
});
for (const tab of document.querySelectorAll<HTMLButtonElement>('[data-tab]'))
  tab.addEventListener('click', () => {
    for (const other of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) {
      const on = other === tab;
      other.setAttribute('aria-selected', String(on));
      byId(`tab-${other.dataset.tab}`).hidden = !on;
    }
  });

window.addEventListener('beforeunload', (event) => {
  if (dirty()) event.preventDefault();
});

function listen(): void {
  const live = byId('live');
  const events = new EventSource('/api/events');
  events.addEventListener('open', () => {
    live.textContent = 'live';
    live.className = 'live on';
    // Whatever changed while the stream was down.
    void refresh();
  });
  events.addEventListener('change', () => void refresh());
  events.addEventListener('error', () => {
    // A closed stream is not retried by the browser: the server stopped, and a new one has a new token.
    live.textContent =
      events.readyState === EventSource.CLOSED
        ? 'disconnected: open the URL stridebench serve prints'
        : 'reconnecting…';
    live.className = 'live off';
  });
}

listen();
void refresh();
