import { dotHtmlEscape as esc, oneLine, wrap } from './escape.js';
import type { Badge, DiagramCluster, DiagramEdge, DiagramGraph, DiagramNode } from './graph.js';

/** Colours and shapes shared by the DOT source and the legend the SVG renderer draws. */
export const STYLE = {
  /** Graphviz (WebAssembly, no font files) estimates text widths from built-in metrics, which include DejaVu Sans. */
  font: 'DejaVu Sans',
  ink: '#263238',
  muted: '#546e7a',
  encrypted: '#37474f',
  plaintext: '#c62828',
  badge: '#b71c1c',
  labelGround: '#ffffffd9',
  boundary: '#616161',
  internetStroke: '#1565c0',
  internetFill: '#e3f2fd',
  internetText: '#0d47a1',
  /** Boundary fill by nesting depth, so nesting shows even where dashed borders run close together. */
  boundaryFill: ['#fafafa', '#f1f1f1', '#e8e8e8', '#dfdfdf'],
  node: {
    actor: { shape: 'box', style: 'filled', fill: '#eceff1', peripheries: 1 },
    external: { shape: 'box', style: 'filled', fill: '#eceff1', peripheries: 2 },
    process: { shape: 'ellipse', style: 'filled', fill: '#e8f5e9', peripheries: 1 },
    service: { shape: 'box', style: 'rounded,filled', fill: '#e0f7fa', peripheries: 1 },
    datastore: { shape: 'cylinder', style: 'filled', fill: '#fff3e0', peripheries: 1 },
  },
} as const;

/** Widest label line in characters before wrapping. */
const NAME_WIDTH = 24;

/**
 * The diagram as Graphviz DOT. Every element gets an explicit `id` (its key) and a `class`, which the SVG renderer
 * turns into `data-element`; every text from the model is in an HTML-like label, entity-escaped, so that no name
 * can close a string, start an escape sequence such as `\N`, or inject markup.
 */
export function graphToDot(graph: DiagramGraph): string {
  const out: string[] = [];
  out.push('digraph stridebench {');
  out.push(
    `  graph [rankdir=LR, fontname="${STYLE.font}", fontsize=14, fontcolor="${STYLE.ink}", labelloc=t, labeljust=l, ` +
      `nodesep=0.35, ranksep=0.7, pad=0.25, newrank=true, label=<<B>${esc(oneLine(graph.title))}</B>>];`,
  );
  out.push(
    `  node [fontname="${STYLE.font}", fontsize=11, fontcolor="${STYLE.ink}", color="${STYLE.ink}", margin="0.12,0.06"];`,
  );
  out.push(`  edge [fontname="${STYLE.font}", fontsize=9, arrowsize=0.7];`);
  for (const c of graph.clusters) cluster(out, c, 1, 0);
  for (const n of graph.nodes) out.push(`  ${node(n)}`);
  for (const e of graph.edges) out.push(`  ${edge(e)}`);
  out.push('}');
  return `${out.join('\n')}\n`;
}

function cluster(out: string[], c: DiagramCluster, indent: number, depth: number): void {
  const pad = '  '.repeat(indent);
  const fill = c.internet
    ? STYLE.internetFill
    : (STYLE.boundaryFill[Math.min(depth, STYLE.boundaryFill.length - 1)] ?? '#ffffff');
  const stroke = c.internet ? STYLE.internetStroke : STYLE.boundary;
  const caption = c.kind && !c.internet ? ` <FONT POINT-SIZE="9" COLOR="${STYLE.muted}">(${esc(c.kind)})</FONT>` : '';
  const name = `<B>${esc(oneLine(c.name))}</B>`;
  out.push(`${pad}subgraph cluster_${c.key} {`);
  out.push(
    `${pad}  graph [id="${c.key}", class="boundary${c.internet ? ' internet' : ''}", style="dashed,rounded,filled", ` +
      `color="${stroke}", fillcolor="${fill}", penwidth=${c.internet ? 2 : 1.3}, fontsize=11, ` +
      `fontcolor="${c.internet ? STYLE.internetText : STYLE.ink}", label=<${name}${caption}>];`,
  );
  for (const child of c.clusters) cluster(out, child, indent + 1, depth + 1);
  for (const n of c.nodes) out.push(`${pad}  ${node(n)}`);
  // Graphviz leaves out a cluster with nothing in it; an invisible point keeps an empty boundary on the diagram.
  if (c.nodes.length === 0 && c.clusters.length === 0) {
    out.push(`${pad}  empty_${c.key} [id="empty_${c.key}", shape=point, style=invis, width=0.6, label=""];`);
  }
  out.push(`${pad}}`);
}

function node(n: DiagramNode): string {
  const s = STYLE.node[n.kind];
  const rows = wrap(oneLine(n.name), NAME_WIDTH).map((line) => `<TR><TD><B>${esc(line)}</B></TD></TR>`);
  const caption = n.tech ? `${n.kind} · ${oneLine(n.tech)}` : n.kind;
  rows.push(`<TR><TD><FONT POINT-SIZE="8" COLOR="${STYLE.muted}">${esc(caption)}</FONT></TD></TR>`);
  if (n.badges.length > 0) rows.push(`<TR><TD>${badgeTable(n.badges)}</TD></TR>`);
  const label = `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">${rows.join('')}</TABLE>`;
  const classes = ['component', n.kind, ...(n.internetFacing ? ['internet-facing'] : [])].join(' ');
  const attrs = [
    `id="${n.key}"`,
    `class="${classes}"`,
    `shape=${s.shape}`,
    `style="${s.style}"`,
    `fillcolor="${s.fill}"`,
    ...(s.peripheries > 1 ? [`peripheries=${s.peripheries}`] : []),
    ...(n.internetFacing ? [`penwidth=2.2`, `color="${STYLE.internetStroke}"`] : []),
    `label=<${label}>`,
  ];
  return `${n.key} [${attrs.join(', ')}];`;
}

function edge(e: DiagramEdge): string {
  const rows: string[] = [];
  if (e.label) rows.push(`<TR><TD>${esc(oneLine(e.label))}</TD></TR>`);
  if (e.data) rows.push(`<TR><TD><FONT POINT-SIZE="7">${esc(oneLine(e.data))}</FONT></TD></TR>`);
  if (e.badges.length > 0) rows.push(`<TR><TD>${badgeTable(e.badges)}</TD></TR>`);
  const color = e.encrypted ? STYLE.encrypted : STYLE.plaintext;
  const classes = ['flow', e.encrypted ? 'encrypted' : 'plaintext'].join(' ');
  const attrs = [
    `id="${e.key}"`,
    `class="${classes}"`,
    `color="${color}"`,
    `fontcolor="${color}"`,
    `style=${e.encrypted ? 'solid' : 'dashed'}`,
    `penwidth=${e.encrypted ? 1.4 : 1.6}`,
    ...(e.bidirectional ? ['dir=both'] : []),
    ...(rows.length > 0
      ? [
          // A translucent white ground keeps the label readable where Graphviz lays it across a boundary or an edge.
          `label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1" BGCOLOR="${STYLE.labelGround}">` +
            `${rows.join('')}</TABLE>>`,
        ]
      : []),
  ];
  return `${e.from} -> ${e.to} [${attrs.join(', ')}];`;
}

/**
 * A row of fixed-size badge cells. Graphviz stretches a nested table to the width of its cell, which would turn one
 * badge under a long name into a wide bar; fixed sizes keep each badge as wide as its text (8 pt bold DejaVu Sans).
 */
function badgeTable(badges: readonly Badge[]): string {
  const spacing = 2;
  const height = 12;
  const widths = badges.map((b) => Math.ceil(8 + 5.8 * `${b.letter}${b.count}`.length));
  const cells = badges.map(
    (b, i) =>
      `<TD FIXEDSIZE="TRUE" WIDTH="${widths[i]}" HEIGHT="${height}" BGCOLOR="${STYLE.badge}">` +
      `<FONT POINT-SIZE="8" COLOR="#ffffff"><B>${b.letter}${b.count}</B></FONT></TD>`,
  );
  const width = widths.reduce((a, w) => a + w, 0) + spacing * (badges.length + 1);
  return (
    `<TABLE FIXEDSIZE="TRUE" WIDTH="${width}" HEIGHT="${height + 2 * spacing}" BORDER="0" CELLBORDER="0" ` +
    `CELLSPACING="${spacing}" CELLPADDING="0"><TR>${cells.join('')}</TR></TABLE>`
  );
}
