import type { Graphviz } from '@hpcc-js/wasm-graphviz';
import { STRIDE_CATEGORIES, STRIDE_LETTER, STRIDE_TITLE } from '../../core/stride.js';
import { graphToDot, STYLE } from './dot.js';
import { xmlEscape as esc, oneLine } from './escape.js';
import type { DiagramCluster, DiagramGraph } from './graph.js';

let graphviz: Promise<Graphviz> | undefined;

/** Graphviz compiled to WebAssembly, loaded once per process (instantiating the module costs ~50 ms). */
function loadGraphviz(): Promise<Graphviz> {
  if (!graphviz) {
    graphviz = import('@hpcc-js/wasm-graphviz').then((m) => m.Graphviz.load());
    graphviz.catch(() => {
      graphviz = undefined;
    });
  }
  return graphviz;
}

/**
 * Lays the graph out with Graphviz `dot` and rewrites its SVG for inlining: no prolog, doctype, comments (one carries
 * the Graphviz version) or ids (they would collide when a page inlines two diagrams); every element's group carries
 * `data-element="component:<id>" | "flow:<id>" | "boundary:<id>"` and a `<title>` with its name; boundary groups are
 * nested as the boundaries are (Graphviz emits clusters flat, parents first); a legend is appended below.
 */
export async function graphToSvg(graph: DiagramGraph): Promise<string> {
  const gv = await loadGraphviz();
  const raw = gv.dot(graphToDot(graph), 'svg');
  const start = raw.indexOf('<svg');
  if (start < 0) throw new Error('Graphviz produced no <svg> element');
  let svg = raw.slice(start).replace(/<!--[\s\S]*?-->\n?/g, '');

  const elements = new Map<string, { attr: string; title: string }>();
  for (const c of graph.allClusters) {
    elements.set(c.key, {
      attr: c.id !== undefined ? `data-element="${esc(`boundary:${c.id}`)}"` : 'data-area="outside"',
      title: c.name,
    });
  }
  for (const n of graph.allNodes) {
    elements.set(n.key, { attr: `data-element="${esc(`component:${n.id}`)}"`, title: n.name });
  }
  for (const e of graph.edges) {
    elements.set(e.key, { attr: `data-element="${esc(`flow:${e.id}`)}"`, title: e.name });
  }
  const seen = new Set<string>();
  svg = svg.replace(
    /<g id="([A-Za-z0-9_]+)" class="(node|edge|cluster)([^"]*)">\n<title>[^<]*<\/title>/g,
    (match, key: string, type: string, classes: string) => {
      const element = elements.get(key);
      if (!element) return match;
      seen.add(key);
      return `<g ${element.attr} class="${type}${classes}">\n<title>${esc(oneLine(element.title))}</title>`;
    },
  );
  if (seen.size !== elements.size) {
    const missing = [...elements.keys()].filter((k) => !seen.has(k));
    throw new Error(`Graphviz SVG lacks the groups of ${missing.join(', ')}`);
  }
  svg = svg
    // What is left with an id: the graph, and the invisible points that hold empty boundaries open.
    .replace(/<g id="[A-Za-z0-9_]+" class="/g, '<g class="')
    .replace(
      /(<g class="graph"[^>]*>\n)<title>[^<]*<\/title>/,
      (_m, g: string) => `${g}<title>${esc(oneLine(graph.title))}</title>`,
    );
  // Graphviz measures text with its built-in metrics of DejaVu Sans: name the fonts that share them, so that labels fit
  // their shapes on Linux (DejaVu), Windows and macOS (Verdana) alike.
  svg = svg.replace(/font-family="DejaVu Sans"/g, `font-family="${FONT_STACK}"`);
  svg = nestClusters(svg, graph);
  svg = appendLegend(svg, graph);
  if (!/xlink:/.test(svg.replace(/ xmlns:xlink="[^"]*"/, ''))) svg = svg.replace(/ xmlns:xlink="[^"]*"/, '');
  return svg.endsWith('\n') ? svg : `${svg}\n`;
}

/** Moves each child boundary's group into its parent's, so the SVG DOM nests as the model does. */
function nestClusters(svg: string, graph: DiagramGraph): string {
  const blocks = new Map<string, string>();
  const keyOf = new Map<string, DiagramCluster>();
  for (const c of graph.allClusters) {
    keyOf.set(c.id !== undefined ? `data-element="${esc(`boundary:${c.id}`)}"` : 'data-area="outside"', c);
  }
  let first = -1;
  const rest = svg.replace(
    /<g (data-element="[^"]*"|data-area="outside") class="cluster[^"]*">[\s\S]*?<\/g>\n/g,
    (block, attr: string, offset: number) => {
      const cluster = keyOf.get(attr);
      if (!cluster) return block;
      if (first < 0) first = offset;
      blocks.set(cluster.key, block.slice(0, -'</g>\n'.length));
      return '';
    },
  );
  if (first < 0) return svg;
  const nested = (c: DiagramCluster): string => `${blocks.get(c.key) ?? ''}${c.clusters.map(nested).join('')}</g>\n`;
  return rest.slice(0, first) + graph.clusters.map(nested).join('') + rest.slice(first);
}

const FONT_STACK = "'DejaVu Sans',Verdana,'Bitstream Vera Sans',sans-serif";
const LEGEND_FONT = 9;
const CELL_WIDTH = 220;
const ROW_HEIGHT = 24;

/** A legend band under the diagram, drawn with the same colours and shapes as the DOT source. */
function appendLegend(svg: string, graph: DiagramGraph): string {
  const header = /^<svg width="([\d.]+)pt" height="([\d.]+)pt"\n? viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/.exec(
    svg,
  );
  if (!header) throw new Error('unexpected <svg> header from Graphviz');
  const width = Number(header[1]);
  const height = Number(header[2]);
  const text = (x: number, y: number, s: string, fill: string = STYLE.ink, extra = '') =>
    `<text x="${x}" y="${y}" font-family="${FONT_STACK}" font-size="${LEGEND_FONT}" fill="${fill}"${extra}>${esc(s)}</text>`;
  const n = STYLE.node;
  const cells: string[] = [
    // Elements
    `<rect x="0" y="-8" width="28" height="16" fill="${n.actor.fill}" stroke="${STYLE.ink}"/>${text(36, 3, 'Actor (external entity)')}`,
    `<rect x="0" y="-8" width="28" height="16" fill="${n.external.fill}" stroke="${STYLE.ink}"/><rect x="2.5" y="-5.5" width="23" height="11" fill="none" stroke="${STYLE.ink}"/>${text(36, 3, 'External system')}`,
    `<ellipse cx="14" cy="0" rx="14" ry="8" fill="${n.process.fill}" stroke="${STYLE.ink}"/>${text(36, 3, 'Process')}`,
    `<rect x="0" y="-8" width="28" height="16" rx="4" fill="${n.service.fill}" stroke="${STYLE.ink}"/>${text(36, 3, 'Service')}`,
    `<path d="M0,-5 A14,3 0 0 1 28,-5 L28,5 A14,3 0 0 1 0,5 Z" fill="${n.datastore.fill}" stroke="${STYLE.ink}"/><path d="M0,-5 A14,3 0 0 0 28,-5" fill="none" stroke="${STYLE.ink}"/>${text(36, 3, 'Data store')}`,
    `<rect x="0" y="-8" width="28" height="16" rx="4" fill="#ffffff" stroke="${STYLE.internetStroke}" stroke-width="2.2"/>${text(36, 3, 'Internet-facing (from the model)')}`,
    // Flows and boundaries
    `<path d="M0,0 L22,0" stroke="${STYLE.encrypted}" stroke-width="1.4"/><polygon points="22,-3 28,0 22,3" fill="${STYLE.encrypted}"/>${text(36, 3, 'Encrypted flow (protocol:port)')}`,
    `<path d="M0,0 L22,0" stroke="${STYLE.plaintext}" stroke-width="1.6" stroke-dasharray="5,2"/><polygon points="22,-3 28,0 22,3" fill="${STYLE.plaintext}"/>${text(36, 3, 'Plaintext flow', STYLE.plaintext)}`,
    `<rect x="0" y="-8" width="28" height="16" rx="3" fill="${STYLE.boundaryFill[0]}" stroke="${STYLE.boundary}" stroke-width="1.3" stroke-dasharray="5,2"/>${text(36, 3, 'Trust boundary (nested)')}`,
    `<rect x="0" y="-8" width="28" height="16" rx="3" fill="${STYLE.internetFill}" stroke="${STYLE.internetStroke}" stroke-width="2" stroke-dasharray="5,2"/>${text(36, 3, 'Internet (untrusted)')}`,
    `<rect x="0" y="-6" width="20" height="12" fill="${STYLE.badge}"/><text x="10" y="3" text-anchor="middle" font-family="${FONT_STACK}" font-size="8" font-weight="bold" fill="#ffffff">S2</text>${text(36, 3, 'Open threats by STRIDE category')}`,
  ];
  const columns = Math.max(1, Math.min(4, Math.floor((width - 16) / CELL_WIDTH)));
  const rows = Math.ceil(cells.length / columns);
  const key = STRIDE_CATEGORIES.map((c) => `${STRIDE_LETTER[c]} ${STRIDE_TITLE[c]}`).join('  ·  ');
  const legendWidth = Math.max(columns * CELL_WIDTH, key.length * LEGEND_FONT * 0.62) + 24;
  const legendHeight = 26 + rows * ROW_HEIGHT + 22;
  const placed = cells.map((cell, i) => {
    const x = 12 + (i % columns) * CELL_WIDTH;
    const y = 30 + Math.floor(i / columns) * ROW_HEIGHT;
    return `<g transform="translate(${x} ${y})">${cell}</g>`;
  });
  const newWidth = Math.max(width, legendWidth);
  const newHeight = height + legendHeight;
  const legend = [
    `<g class="legend" transform="translate(0 ${fmt(height)})">`,
    `<rect x="0" y="0" width="${fmt(newWidth)}" height="${fmt(legendHeight)}" fill="#ffffff"/>`,
    `<path d="M12,6 L${fmt(newWidth - 12)},6" stroke="#cfd8dc"/>`,
    text(12, 20, 'Legend', STYLE.ink, ' font-weight="bold"'),
    ...placed,
    text(12, 30 + rows * ROW_HEIGHT + 4, key, STYLE.muted),
    '</g>',
  ].join('\n');
  const label = `Data-flow diagram: ${oneLine(graph.title)}`;
  return svg
    .replace(
      header[0],
      `<svg width="${fmt(newWidth)}pt" height="${fmt(newHeight)}pt" viewBox="0 0 ${fmt(newWidth)} ${fmt(newHeight)}" role="img" aria-label="${esc(label)}"`,
    )
    .replace(/<\/svg>\s*$/, `${legend}\n</svg>\n`);
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}
