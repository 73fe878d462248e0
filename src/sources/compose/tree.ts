import { type Document, isAlias, isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { Range, SourceFile, SourceNode } from '../../core/location.js';
import type { YamlPath } from '../yaml/index.js';
import { type Environment, type InterpolationProblem, interpolate } from './interpolate.js';

/**
 * A Compose file as a tree whose every node remembers the file and offsets it was written at. Merging override
 * files and `extends` moves nodes between trees but never changes where they point, so a setting that came from
 * `docker-compose.override.yml` is reported there.
 */
interface Base {
  file: SourceFile;
  /** The value. */
  range: Range;
  /** The key that holds the value, when it sits in a mapping (for a list-form `KEY=value`, the item). */
  keyRange?: Range;
  /** `!reset` and `!override` (Compose merge tags). */
  tag?: 'reset' | 'override';
}
export interface CMap extends Base {
  kind: 'map';
  entries: Map<string, CNode>;
}
export interface CSeq extends Base {
  kind: 'seq';
  items: CNode[];
}
export interface CScalar extends Base {
  kind: 'scalar';
  value: string | number | boolean | null;
}
export type CNode = CMap | CSeq | CScalar;

export interface TreeProblem {
  file: SourceFile;
  range: Range;
  problem: InterpolationProblem | { kind: 'complex-key'; message: string };
}

/** A node's range without the line break and indentation a block collection ends with. */
const rangeIn = (text: string, n: unknown): Range | undefined => {
  const r = (n as Node | null)?.range;
  if (!r) return undefined;
  let end = r[1];
  while (end > r[0] && /\s/.test(text[end - 1] ?? '')) end--;
  return [r[0], end];
};

const tagOf = (n: Node): Base['tag'] => (n.tag === '!reset' ? 'reset' : n.tag === '!override' ? 'override' : undefined);

/**
 * Converts a parsed YAML document into a located tree, interpolating string values (never keys) and applying YAML
 * merge keys (`<<: *defaults`), as Compose's loader does.
 */
export function fromYaml(
  doc: Document.Parsed,
  file: SourceFile,
  env: Environment,
  problems: TreeProblem[],
): CNode | undefined {
  const range = (n: unknown) => rangeIn(file.text, n);
  const convert = (node: unknown, depth: number, fallback: Range): CNode | undefined => {
    if (depth > 200) return undefined;
    if (node === null || node === undefined) return { kind: 'scalar', value: null, file, range: fallback };
    if (isAlias(node)) {
      const target = node.resolve(doc);
      return target ? convert(target, depth + 1, range(node) ?? fallback) : undefined;
    }
    const r = range(node) ?? fallback;
    if (isScalar(node)) {
      let value = node.value as unknown;
      if (typeof value === 'string') {
        const out = interpolate(value, env);
        for (const problem of out.problems) problems.push({ file, range: r, problem });
        value = out.value;
      } else if (typeof value === 'bigint') value = Number(value);
      else if (value !== null && typeof value !== 'number' && typeof value !== 'boolean') value = String(value);
      return { kind: 'scalar', value: value as CScalar['value'], file, range: r, tag: tagOf(node) };
    }
    if (isSeq(node)) {
      const items: CNode[] = [];
      for (const item of node.items) {
        const c = convert(item, depth + 1, r);
        if (c) items.push(c);
      }
      return { kind: 'seq', items, file, range: r, tag: tagOf(node) };
    }
    if (isMap(node)) {
      const entries = new Map<string, CNode>();
      const merges: CNode[] = [];
      for (const pair of node.items as Pair[]) {
        const k = pair.key;
        const kr = range(k) ?? r;
        if (!isScalar(k)) {
          problems.push({
            file,
            range: kr,
            problem: { kind: 'complex-key', message: 'a mapping or sequence is used as a key; Compose cannot read it' },
          });
          continue;
        }
        const key = String(k.value);
        const value = convert(pair.value, depth + 1, kr);
        if (!value) continue;
        if (key === '<<' && !isScalar(pair.value)) {
          merges.push(value);
          continue;
        }
        entries.set(key, { ...value, keyRange: kr });
      }
      // Keys written in the mapping win over merged ones; among merged mappings the first wins (YAML merge keys).
      const sources = merges.flatMap((m) => (m.kind === 'seq' ? m.items : [m]));
      for (const source of sources) {
        if (source.kind !== 'map') continue;
        for (const [key, value] of source.entries) if (!entries.has(key)) entries.set(key, value);
      }
      return { kind: 'map', entries, file, range: r, tag: tagOf(node) };
    }
    return undefined;
  };
  return convert(doc.contents, 0, [0, 0]);
}

/** The tree as plain data. */
export function toPlain(node: CNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const [k, v] of node.entries) out[k] = toPlain(v);
  return out;
}

export function child(node: CNode | undefined, key: string | number): CNode | undefined {
  if (!node) return undefined;
  if (node.kind === 'map') return node.entries.get(String(key));
  if (node.kind === 'seq' && typeof key === 'number') return node.items[key];
  return undefined;
}

export function childAt(node: CNode | undefined, path: YamlPath): CNode | undefined {
  let n = node;
  for (const step of path) n = child(n, step);
  return n;
}

/** Where a node is written: its key (`prefer: 'key'`, when it has one) or its value. */
export function sourceOf(node: CNode, prefer: 'key' | 'value' = 'value'): SourceNode {
  return { file: node.file, range: prefer === 'key' ? (node.keyRange ?? node.range) : node.range };
}

/** Key start to value end, when both are in one file (they always are: a pair is never split). */
export function pairOf(node: CNode): SourceNode {
  const start = node.keyRange?.[0] ?? node.range[0];
  return { file: node.file, range: [Math.min(start, node.range[0]), Math.max(node.range[1], node.keyRange?.[1] ?? 0)] };
}

/**
 * The node at `path` under `root`: with `key`, the key of the last step. When the path does not exist, the deepest
 * node that does, so that a missing setting is reported at its parent.
 */
export function locate(root: CNode, path: YamlPath, prefer: 'key' | 'value' = 'value'): SourceNode {
  let n: CNode = root;
  for (let i = 0; i < path.length; i++) {
    const next = child(n, path[i] as string | number);
    if (!next) return sourceOf(n, 'key');
    n = next;
  }
  return sourceOf(n, prefer);
}

/** A string (or number) scalar as text. */
export function text(node: CNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  return String(node.value);
}

/** A boolean as Compose reads it: YAML booleans, or interpolated `true`/`false` (and yes/no/on/off). */
export function bool(node: CNode | undefined): boolean | undefined {
  if (node?.kind !== 'scalar') return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (typeof node.value !== 'string') return undefined;
  const v = node.value.trim().toLowerCase();
  if (['true', 'yes', 'y', 'on', '1'].includes(v)) return true;
  if (['false', 'no', 'n', 'off', '0'].includes(v)) return false;
  return undefined;
}

/** A mapping node with its key set, for building normalised forms. */
export function mapNode(like: Base, entries: Map<string, CNode>): CMap {
  return { kind: 'map', entries, file: like.file, range: like.range, keyRange: like.keyRange, tag: like.tag };
}
