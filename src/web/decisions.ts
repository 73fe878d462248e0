import { isDeepStrictEqual } from 'node:util';
import { Document, isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import type { DecisionStatus } from '../model/schema.js';

export interface DecisionEdit {
  threatId: string;
  status: DecisionStatus;
  justification?: string;
  owner?: string;
  expires?: string;
}

export type DecisionEditResult = { text: string } | { error: string };

/** The optional fields of a decision, in the order a new decision is written. */
const OPTIONAL_FIELDS = ['justification', 'owner', 'expires'] as const;
const STRINGIFY = { lineWidth: 120, minContentWidth: 40 } as const;

/**
 * Writes a decision into the model text. The edit is made on the `yaml` Document (setIn / add), and only the text
 * of the decision it touches is replaced: re-printing the whole document would re-fold every long scalar and re-space
 * every flow sequence, so the user's formatting and comments elsewhere are kept byte for byte. The result is parsed
 * again and must equal the edited Document, so a splice that went wrong is refused rather than written.
 */
export function applyDecision(text: string, edit: DecisionEdit): DecisionEditResult {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { error: 'the model has YAML syntax errors; fix them before recording a decision' };
  const root = doc.contents;
  if (!isMap(root) || root.flow) return { error: 'the model is not a block mapping at the top level' };

  const decisions = doc.get('decisions', true) as Node | null | undefined;
  if (decisions != null && !isSeq(decisions) && !(isScalar(decisions) && decisions.value === null))
    return { error: 'decisions is not a list' };
  const seq = isSeq(decisions) ? (decisions as YAMLSeq<unknown>) : undefined;
  const index = seq ? seq.items.findIndex((item) => isMap(item) && item.get('threat') === edit.threatId) : -1;

  let spliced: string;
  if (seq && index >= 0) {
    const item = seq.items[index] as YAMLMap;
    doc.setIn(['decisions', index, 'status'], edit.status);
    for (const field of OPTIONAL_FIELDS) {
      const value = edit[field]?.trim();
      if (value) doc.setIn(['decisions', index, field], value);
      else if (item.has(field)) doc.deleteIn(['decisions', index, field]);
    }
    spliced = replaceNode(text, item, blockText(item));
  } else {
    const entry = doc.createNode(newDecision(edit)) as YAMLMap;
    if (seq && !seq.flow && seq.items.length > 0) {
      const last = seq.items[seq.items.length - 1] as Node;
      seq.add(entry);
      const dash = columnOf(text, (seq.range as [number, number, number])[0]);
      const at = trimEnd(text, (last.range as [number, number, number])[1]);
      spliced = `${text.slice(0, at)}\n${' '.repeat(dash)}- ${indentLines(blockText(entry), dash + 2)}${text.slice(at)}`;
    } else if (decisions != null) {
      // `decisions:` with no value, or an empty or flow list: the value becomes a block list.
      if (seq) seq.add(entry);
      else doc.set('decisions', doc.createNode([newDecision(edit)]));
      const pair = root.items.find((p) => isScalar(p.key) && p.key.value === 'decisions');
      const key = pair?.key as Node | undefined;
      const indent = (key?.range ? columnOf(text, key.range[0]) : 0) + 2;
      const block = (seq ? (seq.items as Node[]) : [entry])
        .map((n) => `${' '.repeat(indent)}- ${indentLines(blockText(n), indent + 2)}`)
        .join('\n');
      const value = decisions.range;
      if (value && value[1] > value[0])
        spliced = `${text.slice(0, trimEnd(text, value[0]))}\n${block}${text.slice(value[1])}`;
      else {
        const lineEnd = text.indexOf('\n', key?.range?.[1] ?? 0);
        const at = lineEnd < 0 ? text.length : lineEnd;
        spliced = `${text.slice(0, at)}\n${block}${text.slice(at)}`;
      }
    } else {
      doc.set('decisions', doc.createNode([newDecision(edit)]));
      const base = text.length === 0 || text.endsWith('\n') ? text : `${text}\n`;
      spliced = `${base}\ndecisions:\n  - ${indentLines(blockText(entry), 4)}\n`;
    }
  }

  const check = parseDocument(spliced);
  if (check.errors.length > 0 || !isDeepStrictEqual(check.toJS(), doc.toJS()))
    return { error: 'could not write the decision without changing other parts of the model; edit the YAML by hand' };
  return { text: spliced };
}

function newDecision(edit: DecisionEdit): Record<string, string> {
  const out: Record<string, string> = { threat: edit.threatId, status: edit.status };
  for (const field of OPTIONAL_FIELDS) {
    const value = edit[field]?.trim();
    if (value) out[field] = value;
  }
  return out;
}

/** A block mapping printed on its own, without the trailing newline: what goes after "- ". */
function blockText(node: Node): string {
  const copy = new Document(node, { version: '1.2' });
  // The node's comment before would be printed as a document comment; it stays where it was in the text.
  return copy
    .toString(STRINGIFY)
    .replace(/\n+$/, '')
    .replace(/^(#.*\n)+/, '');
}

/** Replaces a node's text, keeping what stood before its first key (the "- ") and after its value. */
function replaceNode(text: string, node: Node, replacement: string): string {
  const [start, valueEnd] = node.range as [number, number, number];
  const end = trimEnd(text, valueEnd);
  return `${text.slice(0, start)}${indentLines(replacement, columnOf(text, start))}${text.slice(end)}`;
}

/** Indents every line but the first, which continues where the node started; empty lines stay empty. */
function indentLines(block: string, indent: number): string {
  const pad = ' '.repeat(indent);
  return block
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}

/** The 0-based column of an offset: for a key or a sequence's first dash, the indentation of its block. */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** A value's end without the line break and blank lines the parser counts into it. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1] as string)) e--;
  return e;
}
