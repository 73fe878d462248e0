import { STYLE } from './dot.js';
import { mermaidEscape as esc } from './escape.js';
import { badgeText, type DiagramCluster, type DiagramGraph, type DiagramNode } from './graph.js';

/** Node shapes per component kind: rectangles for external entities, rounded for processes, cylinders for stores. */
const SHAPE: Record<DiagramNode['kind'], [string, string]> = {
  actor: ['[', ']'],
  external: ['[[', ']]'],
  process: ['(', ')'],
  service: ['(', ')'],
  datastore: ['[(', ')]'],
};

/**
 * The diagram as a Mermaid `flowchart LR`: a `subgraph` per boundary (nested), a shape per kind, `-.->` for
 * plaintext flows. Ids are the graph's keys (safe identifiers); every label is quoted and entity-escaped.
 */
export function graphToMermaid(graph: DiagramGraph): string {
  const out: string[] = ['flowchart LR'];
  out.push(`  %% ${esc(graph.title)}`);
  for (const c of graph.clusters) cluster(out, c, 1);
  for (const n of graph.nodes) out.push(`  ${node(n)}`);
  const plaintext: number[] = [];
  graph.edges.forEach((e, i) => {
    const lines = [e.label, e.data, badgeText(e.badges)].filter((s): s is string => Boolean(s)).map(esc);
    const label = lines.length > 0 ? `|"${lines.join('<br/>')}"|` : '';
    const head = e.bidirectional ? '<' : '';
    const arrow = e.encrypted ? `${head}-->` : `${head}-.->`;
    out.push(`  ${e.from} ${arrow}${label} ${e.to}`);
    if (!e.encrypted) plaintext.push(i);
  });

  out.push(`  classDef actor fill:${STYLE.node.actor.fill},stroke:${STYLE.ink}`);
  out.push(`  classDef external fill:${STYLE.node.external.fill},stroke:${STYLE.ink},stroke-width:3px`);
  out.push(`  classDef process fill:${STYLE.node.process.fill},stroke:${STYLE.ink}`);
  out.push(`  classDef service fill:${STYLE.node.service.fill},stroke:${STYLE.ink}`);
  out.push(`  classDef datastore fill:${STYLE.node.datastore.fill},stroke:${STYLE.ink}`);
  out.push(`  classDef internetFacing stroke:${STYLE.internetStroke},stroke-width:3px`);
  for (const kind of Object.keys(SHAPE) as DiagramNode['kind'][]) {
    const keys = graph.allNodes.filter((n) => n.kind === kind).map((n) => n.key);
    if (keys.length > 0) out.push(`  class ${keys.join(',')} ${kind}`);
  }
  const facing = graph.allNodes.filter((n) => n.internetFacing).map((n) => n.key);
  if (facing.length > 0) out.push(`  class ${facing.join(',')} internetFacing`);
  for (const c of graph.allClusters) {
    out.push(
      c.internet
        ? `  style ${c.key} fill:${STYLE.internetFill},stroke:${STYLE.internetStroke},stroke-width:2px,stroke-dasharray:5 3`
        : `  style ${c.key} fill:${STYLE.boundaryFill[0]},stroke:${STYLE.boundary},stroke-dasharray:5 3`,
    );
  }
  if (plaintext.length > 0) {
    out.push(`  linkStyle ${plaintext.join(',')} stroke:${STYLE.plaintext},stroke-width:2px,color:${STYLE.plaintext}`);
  }
  return `${out.join('\n')}\n`;
}

function cluster(out: string[], c: DiagramCluster, indent: number): void {
  const pad = '  '.repeat(indent);
  const kind = c.kind && !c.internet ? ` (${c.kind})` : '';
  out.push(`${pad}subgraph ${c.key}["${esc(`${c.name}${kind}`)}"]`);
  for (const child of c.clusters) cluster(out, child, indent + 1);
  for (const n of c.nodes) out.push(`${pad}  ${node(n)}`);
  out.push(`${pad}end`);
}

function node(n: DiagramNode): string {
  const [open, close] = SHAPE[n.kind];
  const lines = [esc(n.name), `<small>${esc(n.tech ? `${n.kind} · ${n.tech}` : n.kind)}</small>`];
  if (n.badges.length > 0) lines.push(`<b>${esc(badgeText(n.badges))}</b>`);
  return `${n.key}${open}"${lines.join('<br/>')}"${close}`;
}
