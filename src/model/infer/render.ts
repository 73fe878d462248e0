import { Document, isScalar, isSeq, Pair, parseDocument, Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ThreatModelInput } from '../schema.js';
import type { Explained, InferredModel } from './builder.js';

export const SECTIONS = ['boundaries', 'components', 'flows', 'assets'] as const;
export type Section = (typeof SECTIONS)[number];
/** Top-level keys in the order a model is written. */
export const KEY_ORDER = ['$schema', 'version', 'system', ...SECTIONS, 'attackers', 'mitigations', 'decisions'];

export const STRINGIFY = { lineWidth: 118, minContentWidth: 40 } as const;

/** YAML comment text: each line after `#` with its leading space; an empty line is a lone `#`. */
export function commentText(text: string): string {
  return text
    .split('\n')
    .map((l) => ` ${l}`)
    .join('\n');
}

const SECTION_COMMENTS: Record<Section, string> = {
  boundaries: 'Trust boundaries: what separates the parts of the system from each other and from the internet.',
  components:
    'One component per service or workload. `sources` link each to its artifacts, so that `stridebench check`\naudits them and verifies the threats against them.',
  flows:
    'Connections the artifacts show. encrypted/authenticated are left to you: say so where TLS or authentication\nis in place and `check` verifies what it can.',
  assets:
    'Data evident from the artifacts: what each datastore stores, and the secrets the services read. `confidential`\nis a first guess: make it pii, payment, credentials... where it is, and the risks rise.',
};

/** The plain model, for the record of what was inferred and for tests. */
export function inferredInput(model: InferredModel): ThreatModelInput {
  const out = { version: 1, system: model.system } as ThreatModelInput;
  if (model.boundaries.length) out.boundaries = model.boundaries.map((b) => b.value);
  out.components = model.components.map((c) => c.value);
  if (model.flows.length) out.flows = model.flows.map((f) => f.value);
  if (model.assets.length) out.assets = model.assets.map((a) => a.value);
  return out;
}

/** A YAML node for an element, with its comment above and its field notes beside the values. */
export function elementNode(doc: Document, element: Explained<object>): YAMLMap {
  const node = doc.createNode(element.value) as YAMLMap;
  if (element.comment) node.commentBefore = commentText(element.comment);
  for (const [key, note] of Object.entries(element.notes ?? {})) {
    const value = node.get(key, true);
    if (note && isScalar(value)) value.comment = ` ${note}`;
  }
  return node;
}

/** Sets the comment above a sequence's item; the first item's comment is held by the sequence itself. */
export function setItemComment(seq: YAMLSeq, index: number, comment: string | null | undefined): void {
  const item = seq.items[index] as YAMLMap;
  if (index === 0) {
    seq.commentBefore = comment ?? undefined;
    item.commentBefore = undefined;
  } else item.commentBefore = comment ?? undefined;
}

export function itemComment(seq: YAMLSeq, index: number): string | undefined {
  const item = seq.items[index] as YAMLMap;
  return (index === 0 ? (item.commentBefore ?? seq.commentBefore) : item.commentBefore) ?? undefined;
}

function header(model: InferredModel, schema: string | undefined): string {
  const from = model.input.path === '-' ? 'standard input' : model.input.path;
  const lines = [
    ...(schema ? [`yaml-language-server: $schema=${schema}`, ''] : []),
    `Inferred by \`stridebench init --from\` from ${from}.`,
    '',
    'Everything below is a fact of the artifacts; nothing is decided for you. Review it, then add what the files',
    'cannot say: the data the system handles, who authenticates where, the attackers you fear, and your decisions',
    'on the threats that `stridebench threats` lists. `stridebench check` audits the linked artifacts.',
    '',
    'Run init --from again after changing the input: new services and workloads are added; your edits, comments',
    'and decisions are kept (threatmodel.inferred.yaml beside this file records what was inferred last).',
  ];
  if (model.components.length === 0) {
    lines.push('', 'The input holds no service or workload: there is nothing to make a component of yet.');
  }
  if (model.input.files.length === 0) {
    lines.push(
      '',
      'Read from standard input: no artifact is linked. Save it to a file and run init --from <file> to link it.',
    );
  }
  return commentText(lines.join('\n'));
}

const TRAILER = [
  'Assets evident from the artifacts are above; add the others, for example:',
  '  - id: customer-records    # then list it under `data:` of the components and flows that hold or carry it',
  '    name: Customer records',
  '    classification: pii',
  '',
  'attackers:            # attacker profiles from the library, or your own',
  '  - use: data-thief',
  '',
  'decisions:            # after `stridebench threats`: status accepted | transferred | not-applicable | mitigated',
  '  - threat: <rule id>@<element id>',
  '    status: accepted',
  '    justification: why',
].join('\n');

/** The model as YAML with its comments, for a first write. */
export function renderModel(model: InferredModel, options: { schema?: string } = {}): string {
  const doc = new Document({}, { version: '1.2' });
  const root = doc.contents as unknown as YAMLMap;
  root.set('version', 1);
  root.set('system', doc.createNode(model.system));
  for (const section of SECTIONS) {
    const elements = model[section] as Explained<object>[];
    // A model needs `components`, even when the input has no service or workload to make one of.
    if (elements.length === 0 && section !== 'components') continue;
    const seq = doc.createNode([]) as YAMLSeq;
    for (const e of elements) seq.items.push(elementNode(doc, e));
    seq.items.forEach((item, i) => {
      setItemComment(seq, i, (item as YAMLMap).commentBefore ?? undefined);
    });
    const key = new Scalar(section);
    key.commentBefore = commentText(SECTION_COMMENTS[section]);
    key.spaceBefore = true;
    root.items.push(new Pair(key, seq));
  }
  if (model.assets.length === 0) {
    const example = TRAILER.split('\n').slice(1).join('\n');
    doc.comment = commentText(
      `assets:              # none evident from the artifacts: add the data the system handles\n${example}`,
    );
  } else doc.comment = commentText(TRAILER);
  doc.commentBefore = header(model, options.schema);
  // Written through a parse, so that a later run that changes nothing writes the same bytes.
  return normalise(doc.toString(STRINGIFY));
}

/** The record of what was inferred: plain YAML, compared with the model on the next run. */
export function renderRecord(model: InferredModel): string {
  const doc = new Document(inferredInput(model));
  doc.commentBefore = commentText(
    [
      'What `stridebench init --from` last inferred, written beside the model. The next run compares the model with',
      'it to tell your edits from changes of the artifacts: keep it next to threatmodel.yaml and do not edit it.',
    ].join('\n'),
  );
  return doc.toString(STRINGIFY);
}

export function normalise(text: string): string {
  const doc = parseDocument(text);
  const out = doc.toString(STRINGIFY);
  return out.endsWith('\n') ? out : `${out}\n`;
}

export function isSectionSeq(v: unknown): v is YAMLSeq {
  return isSeq(v);
}
