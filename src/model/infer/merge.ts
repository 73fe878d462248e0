import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  Pair,
  parseDocument,
  Scalar,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import type { ThreatModelInput } from '../schema.js';
import type { Explained, InferredModel } from './builder.js';
import {
  commentText,
  elementNode,
  itemComment,
  KEY_ORDER,
  normalise,
  SECTIONS,
  type Section,
  STRINGIFY,
  setItemComment,
} from './render.js';

/** What a re-run changed in a model, and what it left to the user. */
export interface MergeChanges {
  added: string[];
  updated: string[];
  /** Inferred before, gone from the input now: kept, with a note, and without their stale sources. */
  removed: string[];
  /** Inferred before and deleted by the user: not added again. */
  skipped: string[];
  /** Fields the user changed that the input changed too: the user's value is kept. */
  conflicts: { element: string; field: string; yours: unknown; inferred: unknown }[];
}

/** Fields that are lists of items merged one by one: the user's items stay, the input's come and go. */
const SET_FIELDS = new Set(['sources', 'data', 'tags', 'capabilitiesAdded', 'hostNamespaces', 'sharesNamespaceWith']);
/** Mappings merged key by key. */
const MAP_FIELDS = new Set(['properties', 'system']);

export const NOTE = 'stridebench init:';

type Plain = Record<string, unknown>;

function canon(v: unknown): string {
  return JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x as Plain).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : x,
  );
}
const same = (a: unknown, b: unknown) => canon(a) === canon(b);
/** A node's value as plain data, aliases resolved against its document. */
const plain = (doc: Document, node: unknown): unknown => (isNode(node) ? node.toJS(doc) : node);
const isObj = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A flow's id as the loader computes it when none is written. */
function idOf(section: Section, v: unknown): string | undefined {
  if (!isObj(v)) return undefined;
  if (typeof v.id === 'string') return v.id;
  if (section !== 'flows' || typeof v.from !== 'string' || typeof v.to !== 'string') return undefined;
  return typeof v.port === 'number' ? `${v.from}-${v.to}-${v.port}` : `${v.from}-${v.to}`;
}

export interface MergeOptions {
  /** Whether a source points into the input and no longer finds its service or object there. */
  stale(source: Plain): boolean;
  /** How the input is named in notes. */
  inputName: string;
}

/**
 * Updates a model the user may have edited with a new inference. Three versions meet: the user's model (`text`),
 * what was inferred last time (`base`, from the record beside the model; absent on a model never inferred or whose
 * record was lost) and what is inferred now. Per element (matched by id) and per field, a value the user left as
 * inferred follows the input, a value the user changed stays; list fields (sources, data, tags) merge item by item.
 * Elements the user added are never touched; elements the input no longer has are kept with a note and without
 * their stale sources; comments, attackers, mitigations and decisions are left as they are.
 */
export function mergeModel(
  text: string,
  base: ThreatModelInput | undefined,
  model: InferredModel,
  options: MergeOptions,
): { text: string; changes: MergeChanges; errors: string[] } {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const changes: MergeChanges = { added: [], updated: [], removed: [], skipped: [], conflicts: [] };
  if (doc.errors.length > 0 || !isMap(doc.contents)) {
    return {
      text,
      changes,
      errors:
        doc.errors.length > 0
          ? doc.errors.map((e) => e.message.split('\n')[0] ?? e.message)
          : ['the model is not a mapping'],
    };
  }
  const root = doc.contents as YAMLMap;
  mergeFields(doc, root, base ? { system: base.system } : undefined, { system: model.system }, '', changes, {});

  for (const section of SECTIONS) {
    const inferred = model[section] as Explained<Plain>[];
    const found: unknown = root.get(section, true);
    if (found !== undefined && !isSeq(found)) continue;
    let seq = found as YAMLSeq | undefined;
    const baseItems = new Map<string, Plain>();
    for (const item of (base?.[section] ?? []) as Plain[]) {
      const id = idOf(section, item);
      if (id) baseItems.set(id, item);
    }
    const index = (s: YAMLSeq | undefined) => {
      const m = new Map<string, number>();
      s?.items.forEach((item, i) => {
        const id = idOf(section, plain(doc, item));
        if (id !== undefined && !m.has(id)) m.set(id, i);
      });
      return m;
    };
    const ours = index(seq as YAMLSeq | undefined);
    const now = new Set<string>();
    for (const element of inferred) {
      const id = idOf(section, element.value) as string;
      now.add(id);
      const at = ours.get(id);
      if (at !== undefined) {
        const s = seq as YAMLSeq;
        const node = s.items[at] as YAMLMap;
        const before = canon(plain(doc, node));
        mergeFields(doc, node, baseItems.get(id), element.value, `${section}.${id}`, changes, element.notes ?? {});
        dropNote(s, at);
        if (canon(plain(doc, node)) !== before) changes.updated.push(`${section}.${id}`);
        continue;
      }
      if (baseItems.has(id)) {
        changes.skipped.push(`${section}.${id}`);
        continue;
      }
      if (!seq) {
        seq = doc.createNode([]) as YAMLSeq;
        insertSection(root, section, seq);
      }
      (seq as YAMLSeq).items.push(elementNode(doc, element));
      const s = seq as YAMLSeq;
      if (s.items.length === 1) setItemComment(s, 0, (s.items[0] as YAMLMap).commentBefore ?? undefined);
      changes.added.push(`${section}.${id}`);
    }
    if (!seq) continue;
    const s = seq as YAMLSeq;
    s.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const v = plain(doc, item) as Plain;
      const id = idOf(section, v);
      if (id === undefined) return;
      let gone = baseItems.has(id);
      // A source whose service or object the input no longer has would stop `check`: it goes, whoever wrote it.
      const sources = section === 'components' ? item.get('sources', true) : undefined;
      if (isSeq(sources)) {
        const before = sources.items.length;
        sources.items = sources.items.filter((x) => !options.stale(plain(doc, x) as Plain));
        if (sources.items.length !== before) {
          gone = true;
          if (now.has(id)) changes.updated.push(`${section}.${id}`);
        }
        if (sources.items.length === 0) item.delete('sources');
      }
      if (!gone || now.has(id)) return;
      changes.removed.push(`${section}.${id}`);
      addNote(s, i, `no longer in ${options.inputName}; delete it (and what refers to it) if it is gone for good`);
    });
  }
  return { text: normalise(doc.toString(STRINGIFY)), changes, errors: [] };
}

function insertSection(root: YAMLMap, section: Section, seq: YAMLSeq): void {
  const rank = (k: unknown) => {
    const i = KEY_ORDER.indexOf(String(isScalar(k) ? k.value : k));
    return i < 0 ? KEY_ORDER.length : i;
  };
  const mine = KEY_ORDER.indexOf(section);
  let at = root.items.length;
  for (let i = 0; i < root.items.length; i++) {
    if (rank(root.items[i]?.key) > mine) {
      at = i;
      break;
    }
  }
  root.items.splice(at, 0, new Pair(new Scalar(section), seq));
}

function addNote(seq: YAMLSeq, index: number, note: string): void {
  const current = itemComment(seq, index) ?? '';
  if (current.includes(NOTE)) return;
  setItemComment(seq, index, `${current ? `${current}\n` : ''}${commentText(`${NOTE} ${note}`)}`);
}

function dropNote(seq: YAMLSeq, index: number): void {
  const current = itemComment(seq, index);
  if (!current?.includes(NOTE)) return;
  const kept = current
    .split('\n')
    .filter((l) => !l.trim().startsWith(NOTE))
    .join('\n');
  setItemComment(seq, index, kept.trim() === '' ? undefined : kept);
}

/** Three-way merge of one element's fields into its node. */
function mergeFields(
  doc: Document,
  node: YAMLMap,
  base: Plain | undefined,
  theirs: Plain,
  path: string,
  changes: MergeChanges,
  notes: Partial<Record<string, string>>,
): void {
  const keys = [...new Set([...Object.keys(base ?? {}), ...Object.keys(theirs)])].filter((k) => k !== 'id');
  for (const key of keys) {
    const b = base?.[key];
    const t = theirs[key];
    const current: unknown = node.get(key, true);
    const o = plain(doc, current);
    if (MAP_FIELDS.has(key) && (isObj(t) || isObj(b))) {
      let child = current as YAMLMap | undefined;
      if (!isMap(child)) {
        if (o !== undefined) {
          if (!same(o, b)) continue;
        }
        child = doc.createNode({}) as YAMLMap;
        node.set(key, child);
      }
      mergeFields(doc, child as YAMLMap, isObj(b) ? b : undefined, isObj(t) ? t : {}, `${path}.${key}`, changes, {});
      if ((child as YAMLMap).items.length === 0) node.delete(key);
      continue;
    }
    if (SET_FIELDS.has(key) && (Array.isArray(t) || Array.isArray(b))) {
      mergeList(doc, node, key, Array.isArray(b) ? b : undefined, Array.isArray(t) ? t : []);
      continue;
    }
    if (same(o, t)) continue;
    if (same(o, b)) {
      if (t === undefined) node.delete(key);
      else {
        const value = doc.createNode(t);
        const note = notes[key];
        if (note && isScalar(value)) value.comment = ` ${note}`;
        node.set(key, value);
      }
      continue;
    }
    // The user changed it (or removed it) and the input did not: theirs to keep.
    if (base !== undefined && same(t, b)) continue;
    changes.conflicts.push({ element: path, field: key, yours: o, inferred: t });
  }
}

/** Items the input dropped since the last run go, new ones are appended, the user's own stay where they are. */
function mergeList(doc: Document, node: YAMLMap, key: string, base: unknown[] | undefined, theirs: unknown[]): void {
  const current: unknown = node.get(key, true);
  if (current !== undefined && !isSeq(current)) return;
  const inTheirs = new Set(theirs.map(canon));
  const inBase = new Set((base ?? []).map(canon));
  const seq = current as YAMLSeq | undefined;
  const mine = new Set((seq?.items ?? []).map((i) => canon(plain(doc, i))));
  const keep = (seq?.items ?? []).filter((i) => {
    const c = canon(plain(doc, i));
    return !(inBase.has(c) && !inTheirs.has(c));
  });
  const add = theirs.filter((t) => !inBase.has(canon(t)) && !mine.has(canon(t)));
  if (keep.length === (seq?.items.length ?? 0) && add.length === 0) return;
  if (keep.length === 0 && add.length === 0) {
    node.delete(key);
    return;
  }
  const target = seq ?? (doc.createNode([]) as YAMLSeq);
  target.items = [...keep, ...add.map((a) => doc.createNode(a))];
  if (!seq) node.set(key, target);
}
