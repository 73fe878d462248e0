import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseAllDocuments,
  visit,
  type YAMLMap,
} from 'yaml';
import type { Diagnostic } from '../../core/diagnostics.js';
import { type Range, SourceFile, type SourceNode } from '../../core/location.js';
import { findSuppressions, type Suppression } from '../../rules/suppress.js';

export type YamlPath = readonly (string | number)[];

/** One document of a YAML (or JSON) file, with its nodes kept for positions. */
export interface YamlDocument {
  file: SourceFile;
  /** 0-based index of the document in its file. */
  index: number;
  doc: Document.Parsed;
  /** The document as plain data. */
  value: unknown;
}

export interface YamlFile {
  file: SourceFile;
  documents: YamlDocument[];
  diagnostics: Diagnostic[];
}

/**
 * Parses every document of a YAML or JSON file. A document with syntax errors becomes diagnostics (with positions)
 * and is left out; the file's other documents are kept.
 */
export function parseYamlFile(text: string, uri: string): YamlFile {
  const file = new SourceFile(uri, text);
  const diagnostics: Diagnostic[] = [];
  const documents: YamlDocument[] = [];
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' }) as Document.Parsed[];
  } catch (err) {
    return {
      file,
      documents,
      diagnostics: [
        { code: 'yaml-syntax', severity: 'error', message: (err as Error).message, location: file.location([0, 0]) },
      ],
    };
  }
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  docs.forEach((doc, index) => {
    // A duplicate key is reported but, as in most YAML loaders, the last value wins and the document is kept.
    for (const e of doc.errors) {
      const duplicate = e.code === 'DUPLICATE_KEY';
      diagnostics.push({
        code: duplicate ? 'duplicate-key' : 'yaml-syntax',
        severity: duplicate ? 'warning' : 'error',
        message: `${(e.message.split('\n')[0] ?? e.message).trim()} (${e.code})`,
        location: file.location([e.pos[0], e.pos[1]]),
      });
    }
    if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY')) return;
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: 1000 });
    } catch (err) {
      diagnostics.push({
        code: 'yaml-syntax',
        severity: 'error',
        message: (err as Error).message.split('\n')[0] ?? 'bad YAML',
        location: file.location(nodeRange(doc.contents) ?? [0, 0]),
      });
      return;
    }
    if (value === null || value === undefined) return;
    documents.push({ file, index, doc, value });
  });
  return { file, documents, diagnostics };
}

function nodeRange(node: unknown): Range | undefined {
  const r = (node as Node | null)?.range;
  return r ? [r[0], r[1]] : undefined;
}

/** The pair in a map whose key is `key`. */
function pairOf(map: unknown, key: string | number): Pair | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap).items.find((p) => isScalar(p.key) && String(p.key.value) === String(key)) as Pair | undefined;
}

/**
 * The node at `path`: with `key`, the key of the last step (where the offending key is written); else its value.
 * When the path does not exist, the deepest node that does — a missing setting is reported at its parent.
 */
export function nodeAt(d: YamlDocument, path: YamlPath, prefer: 'key' | 'value' = 'value'): SourceNode {
  let current: unknown = d.doc.contents;
  let best: Range = nodeRange(current) ?? [0, 0];
  for (let i = 0; i < path.length; i++) {
    const step = path[i] as string | number;
    const last = i === path.length - 1;
    if (isSeq(current) && typeof step === 'number') {
      const item = current.items[step];
      if (!item) break;
      current = item;
    } else {
      const pair = pairOf(current, step);
      if (!pair) break;
      if (last && prefer === 'key') {
        best = nodeRange(pair.key) ?? best;
        return { file: d.file, range: best };
      }
      current = pair.value;
      if (current === null || current === undefined) {
        best = nodeRange(pair.key) ?? best;
        return { file: d.file, range: best };
      }
    }
    best = nodeRange(current) ?? best;
  }
  return { file: d.file, range: best };
}

/** The whole key/value pair at `path` (key start to value end): what a whole setting spans. */
export function pairAt(d: YamlDocument, path: YamlPath): SourceNode {
  const key = nodeAt(d, path, 'key');
  const value = nodeAt(d, path, 'value');
  return { file: d.file, range: [key.range[0], Math.max(key.range[1], value.range[1])] };
}

/**
 * `# stridebench:ignore <rule> <reason>` in YAML: on its own line, it covers the node that starts on the next line
 * (the whole key/value pair or sequence item, and everything below it); trailing a line, the node on that line.
 */
export function yamlSuppressions(file: SourceFile, documents: readonly YamlDocument[]): Suppression[] {
  // Most files have none: skip the walk over every node (as dockerfileSuppressions skips its scan).
  if (!file.text.includes('stridebench:')) return [];
  const starts: { line: number; range: Range }[] = [];
  const lineOf = (offset: number) => file.location([offset, offset]).startLine - 1;
  for (const d of documents) {
    visit(d.doc, {
      Pair(_, pair) {
        const k = nodeRange(pair.key);
        const v = nodeRange(pair.value) ?? k;
        if (k && v) starts.push({ line: lineOf(k[0]), range: [k[0], v[1]] });
      },
      Seq(_, seq) {
        for (const item of seq.items) {
          const r = nodeRange(item);
          if (r && !isPair(item)) starts.push({ line: lineOf(r[0]), range: r });
        }
      },
    });
  }
  return findSuppressions(file.text, file.uri, (line) => {
    // the outermost node starting on that line
    let best: Range | undefined;
    for (const s of starts)
      if (s.line === line && (!best || s.range[1] - s.range[0] > best[1] - best[0])) best = s.range;
    return best;
  });
}
