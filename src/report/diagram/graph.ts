import { STRIDE_CATEGORIES, STRIDE_LETTER, type StrideCategory } from '../../core/stride.js';
import type { ResolvedBoundary, ResolvedComponent, ResolvedFlow, ResolvedModel } from '../../model/model.js';
import type { ComponentKind } from '../../model/schema.js';

/** One threat as the diagram badges it: open threats are counted per element and STRIDE category. */
export interface DiagramThreat {
  element: { type: 'component' | 'flow'; id: string };
  category: StrideCategory;
  open: boolean;
}

/** Open threats of one STRIDE category on one element, e.g. `S2`. */
export interface Badge {
  category: StrideCategory;
  letter: string;
  count: number;
}

/**
 * The diagram independent of its notation: what the DOT, Mermaid and SVG renderers draw. Every element carries a
 * `key`, a safe identifier (letters, digits, `_`) derived deterministically from its id, unique across the graph.
 */
export interface DiagramGraph {
  title: string;
  /** Top-level clusters (boundaries without a parent, and the synthetic outside area), in model order. */
  clusters: DiagramCluster[];
  /** Components outside every cluster. */
  nodes: DiagramNode[];
  /** Every component, in model order. */
  allNodes: DiagramNode[];
  /** Every boundary cluster, parents before children. */
  allClusters: DiagramCluster[];
  edges: DiagramEdge[];
}

export interface DiagramCluster {
  key: string;
  /** The boundary's id; absent for the synthetic area that holds the components outside all boundaries. */
  id?: string;
  name: string;
  kind?: string;
  /** A boundary of kind `internet`, or the area outside all boundaries: drawn as the internet. */
  internet: boolean;
  clusters: DiagramCluster[];
  nodes: DiagramNode[];
}

export interface DiagramNode {
  key: string;
  id: string;
  name: string;
  kind: ComponentKind;
  tech?: string;
  internetFacing: boolean;
  badges: Badge[];
}

export interface DiagramEdge {
  key: string;
  id: string;
  name: string;
  from: string;
  to: string;
  /** `protocol:port`, `protocol`, `port N`, or empty. */
  label: string;
  /** The data the flow carries, when short enough to print on the edge. */
  data?: string;
  encrypted: boolean;
  authenticated?: boolean;
  bidirectional: boolean;
  badges: Badge[];
}

/** Longest data text printed on an edge; longer lists show the first asset (shortened if need be) and a count. */
const MAX_DATA_LABEL = 32;

/** Builds the neutral graph: boundaries nested as clusters, components in their innermost boundary, badges counted. */
export function buildDiagramGraph(model: ResolvedModel, threats: readonly DiagramThreat[] = []): DiagramGraph {
  const keys = new KeyMaker();
  const counts = new Map<string, Map<StrideCategory, number>>();
  for (const t of threats) {
    if (!t.open) continue;
    const element = `${t.element.type}:${t.element.id}`;
    let perCategory = counts.get(element);
    if (!perCategory) counts.set(element, (perCategory = new Map()));
    perCategory.set(t.category, (perCategory.get(t.category) ?? 0) + 1);
  }
  const badges = (element: string): Badge[] => {
    const perCategory = counts.get(element);
    if (!perCategory) return [];
    return STRIDE_CATEGORIES.filter((c) => (perCategory.get(c) ?? 0) > 0).map((category) => ({
      category,
      letter: STRIDE_LETTER[category],
      count: perCategory.get(category) ?? 0,
    }));
  };

  const clusterOf = new Map<ResolvedBoundary, DiagramCluster>();
  for (const b of model.boundaries) {
    clusterOf.set(b, {
      key: keys.make('b', b.id),
      id: b.id,
      name: b.name,
      kind: b.kind,
      internet: b.kind === 'internet',
      clusters: [],
      nodes: [],
    });
  }
  const roots: DiagramCluster[] = [];
  for (const b of model.boundaries) {
    const cluster = clusterOf.get(b) as DiagramCluster;
    const parent = b.parent ? clusterOf.get(b.parent) : undefined;
    (parent ? parent.clusters : roots).push(cluster);
  }
  // Parents before children: the order clusters are declared in DOT, and the order Graphviz draws them in.
  const allClusters: DiagramCluster[] = [];
  const preorder = (c: DiagramCluster) => {
    allClusters.push(c);
    for (const child of c.clusters) preorder(child);
  };
  for (const r of roots) preorder(r);

  const components = [...model.components].sort((a, b) => a.order - b.order);
  const nodeOf = new Map<ResolvedComponent, DiagramNode>();
  const outside: DiagramNode[] = [];
  for (const c of components) {
    const node: DiagramNode = {
      key: keys.make('c', c.id),
      id: c.id,
      name: c.name,
      kind: c.kind,
      tech: c.tech,
      internetFacing: c.internetFacing,
      badges: badges(`component:${c.id}`),
    };
    nodeOf.set(c, node);
    const cluster = c.boundary ? clusterOf.get(c.boundary) : undefined;
    (cluster ? cluster.nodes : outside).push(node);
  }

  // A model that draws trust boundaries but no internet boundary leaves the untrusted outside implicit: draw it.
  const clusters = [...roots];
  let nodes = outside;
  if (outside.length > 0 && allClusters.length > 0 && !allClusters.some((c) => c.internet)) {
    const area: DiagramCluster = {
      key: keys.make('area', 'outside'),
      name: 'Outside all trust boundaries',
      internet: true,
      clusters: [],
      nodes: outside,
    };
    clusters.unshift(area);
    allClusters.unshift(area);
    nodes = [];
  }

  const flows = [...model.flows].sort((a, b) => a.order - b.order);
  const edges: DiagramEdge[] = [];
  for (const f of flows) {
    const from = nodeOf.get(f.from);
    const to = nodeOf.get(f.to);
    if (!from || !to) continue;
    edges.push({
      key: keys.make('f', f.id),
      id: f.id,
      name: f.name,
      from: from.key,
      to: to.key,
      label: flowLabel(f),
      data: dataLabel(f),
      encrypted: f.encrypted,
      authenticated: f.authenticated,
      bidirectional: f.bidirectional,
      badges: badges(`flow:${f.id}`),
    });
  }

  return { title: model.system.name, clusters, nodes, allNodes: [...nodeOf.values()], allClusters, edges };
}

function flowLabel(f: ResolvedFlow): string {
  if (f.protocol && f.port !== undefined) return `${f.protocol}:${f.port}`;
  if (f.protocol) return f.protocol;
  if (f.port !== undefined) return `port ${f.port}`;
  return '';
}

function dataLabel(f: ResolvedFlow): string | undefined {
  if (f.data.length === 0) return undefined;
  const all = f.data.map((a) => a.name).join(', ');
  if (all.length <= MAX_DATA_LABEL) return all;
  const more = f.data.length > 1 ? ` +${f.data.length - 1}` : '';
  const first = f.data[0]?.name ?? '';
  const room = MAX_DATA_LABEL - more.length;
  return `${first.length <= room ? first : `${first.slice(0, room - 1).trimEnd()}…`}${more}`;
}

/** The badge text of an element, e.g. `S2 T1 E3`. */
export function badgeText(badges: readonly Badge[]): string {
  return badges.map((b) => `${b.letter}${b.count}`).join(' ');
}

/**
 * Safe identifiers for DOT, Mermaid and SVG: a prefix per element type, the id with every other character turned into
 * `_`, and a counter on collision. Elements get their keys in model order, so the mapping is deterministic.
 */
class KeyMaker {
  private readonly used = new Set<string>();
  make(prefix: string, id: string): string {
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9_]/g, '_')}`;
    let key = base;
    for (let n = 2; this.used.has(key); n++) key = `${base}_${n}`;
    this.used.add(key);
    return key;
  }
}
