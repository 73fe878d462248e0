import type { ResolvedModel } from '../../model/model.js';
import { graphToDot } from './dot.js';
import { buildDiagramGraph, type DiagramThreat } from './graph.js';
import { graphToMermaid } from './mermaid.js';
import { graphToSvg } from './svg.js';

export type { DiagramThreat } from './graph.js';

/** The data-flow diagram as Graphviz DOT, the source the SVG is laid out from. */
export function renderDiagramDot(model: ResolvedModel, threats?: readonly DiagramThreat[]): string {
  return graphToDot(buildDiagramGraph(model, threats));
}

/** The data-flow diagram as a Mermaid flowchart, for Markdown renderers (GitHub, GitLab) that draw Mermaid. */
export function renderDiagramMermaid(model: ResolvedModel, threats?: readonly DiagramThreat[]): string {
  return graphToMermaid(buildDiagramGraph(model, threats));
}

/** An `<svg …>` element (no XML prolog or doctype, so it can be inlined in HTML), byte-identical across runs. */
export function renderDiagramSvg(model: ResolvedModel, threats?: readonly DiagramThreat[]): Promise<string> {
  return graphToSvg(buildDiagramGraph(model, threats));
}
