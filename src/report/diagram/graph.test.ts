import { describe, expect, it } from 'vitest';
import { loadModel } from '../../model/load.js';
import type { ResolvedModel } from '../../model/model.js';
import { badgeText, buildDiagramGraph, type DiagramCluster } from './graph.js';

function model(yaml: string): ResolvedModel {
  const { model, diagnostics } = loadModel(`version: 1\nsystem: { name: Test }\n${yaml}`, 'm.yaml', {
    today: '2026-01-01',
  });
  if (!model) throw new Error(JSON.stringify(diagnostics));
  return model;
}

const SMALL = `
boundaries:
  - { id: inner, name: Inner, kind: container, parent: outer }
  - { id: outer, name: Outer, kind: host }
  - { id: other, name: Other, kind: network }
assets:
  - { id: a1, name: Card numbers, classification: payment }
  - { id: a2, name: User records and their order history, classification: pii }
  - { id: a3, name: Sessions, classification: credentials }
components:
  - { id: web-1, name: Web, kind: process, boundary: inner }
  - { id: web_1, name: Web too, kind: service, boundary: outer }
  - { id: db, name: DB, kind: datastore, boundary: other }
  - { id: user, name: User, kind: actor }
flows:
  - { id: f1, from: user, to: web-1, protocol: https, port: 443, data: [a1, a3] }
  - { id: f2, from: web-1, to: db, protocol: postgres, data: [a2, a1] }
  - { id: f3, from: web-1, to: web_1, port: 8080, data: [a2] }
  - { id: f4, from: web_1, to: db }
`;

function keysOf(clusters: readonly DiagramCluster[]): unknown[] {
  return clusters.map((c) => ({ key: c.key, nodes: c.nodes.map((n) => n.key), clusters: keysOf(c.clusters) }));
}

describe('buildDiagramGraph', () => {
  it('nests boundaries whatever order the model lists them in, and puts components in their innermost boundary', () => {
    const g = buildDiagramGraph(model(SMALL));
    expect(keysOf(g.clusters)).toEqual([
      // The synthetic outside area comes first: the model draws boundaries but none of kind internet.
      { key: 'area_outside', nodes: ['c_user'], clusters: [] },
      { key: 'b_outer', nodes: ['c_web_1_2'], clusters: [{ key: 'b_inner', nodes: ['c_web_1'], clusters: [] }] },
      { key: 'b_other', nodes: ['c_db'], clusters: [] },
    ]);
    expect(g.nodes).toEqual([]);
    expect(g.allClusters.map((c) => c.key)).toEqual(['area_outside', 'b_outer', 'b_inner', 'b_other']);
    expect(g.clusters[0]?.id).toBeUndefined();
    expect(g.clusters[0]?.internet).toBe(true);
  });

  it('gives every element a safe, unique key, deterministically in model order', () => {
    const g = buildDiagramGraph(model(SMALL));
    expect(g.allNodes.map((n) => [n.id, n.key])).toEqual([
      ['web-1', 'c_web_1'],
      ['web_1', 'c_web_1_2'],
      ['db', 'c_db'],
      ['user', 'c_user'],
    ]);
    const keys = [...g.allNodes, ...g.edges, ...g.allClusters].map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(buildDiagramGraph(model(SMALL))).toEqual(g);
  });

  it('labels flows protocol:port with the data they carry, shortened to 32 characters', () => {
    const g = buildDiagramGraph(model(SMALL));
    expect(g.edges.map((e) => [e.id, e.from, e.to, e.label, e.data, e.encrypted])).toEqual([
      ['f1', 'c_user', 'c_web_1', 'https:443', 'Card numbers, Sessions', true],
      ['f2', 'c_web_1', 'c_db', 'postgres', 'User records and their order… +1', false],
      ['f3', 'c_web_1', 'c_web_1_2', 'port 8080', 'User records and their order hi…', false],
      ['f4', 'c_web_1_2', 'c_db', '', undefined, false],
    ]);
  });

  it('shortens long data lists to the first asset and a count', () => {
    const g = buildDiagramGraph(
      model(`
assets:
  - { id: a1, name: Card numbers, classification: payment }
  - { id: a2, name: User records and their order history, classification: pii }
  - { id: a3, name: A name far longer than the thirty-two characters an edge label can hold, classification: pii }
components:
  - { id: x, name: X, kind: process }
  - { id: y, name: Y, kind: process }
flows:
  - { id: f1, from: x, to: y, data: [a1, a2] }
  - { id: f2, from: y, to: x, data: [a3, a1] }
`),
    );
    expect(g.edges.map((e) => e.data)).toEqual(['Card numbers +1', 'A name far longer than the t… +1']);
    expect(g.edges.every((e) => (e.data ?? '').length <= 32)).toBe(true);
    // No boundaries at all: nothing is drawn as the internet.
    expect(g.clusters).toEqual([]);
    expect(g.nodes.map((n) => n.id)).toEqual(['x', 'y']);
  });

  it('counts open threats per element and STRIDE category, in STRIDE order, ignoring closed ones and strangers', () => {
    const g = buildDiagramGraph(model(SMALL), [
      { element: { type: 'component', id: 'db' }, category: 'elevation-of-privilege', open: true },
      { element: { type: 'component', id: 'db' }, category: 'spoofing', open: true },
      { element: { type: 'component', id: 'db' }, category: 'spoofing', open: true },
      { element: { type: 'component', id: 'db' }, category: 'tampering', open: false },
      { element: { type: 'flow', id: 'f2' }, category: 'information-disclosure', open: true },
      // A flow and a component may share an id: the element type keeps them apart.
      { element: { type: 'flow', id: 'db' }, category: 'repudiation', open: true },
      { element: { type: 'component', id: 'gone' }, category: 'spoofing', open: true },
    ]);
    const db = g.allNodes.find((n) => n.id === 'db');
    expect(db?.badges).toEqual([
      { category: 'spoofing', letter: 'S', count: 2 },
      { category: 'elevation-of-privilege', letter: 'E', count: 1 },
    ]);
    expect(badgeText(db?.badges ?? [])).toBe('S2 E1');
    expect(g.edges.find((e) => e.id === 'f2')?.badges.map((b) => `${b.letter}${b.count}`)).toEqual(['I1']);
    expect(g.allNodes.filter((n) => n.id !== 'db').every((n) => n.badges.length === 0)).toBe(true);
  });
});
