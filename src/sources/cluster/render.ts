import { stringify } from 'yaml';
import type { ClusterSnapshot, LiveObject } from './read.js';

/** A snapshot as one multi-document YAML text, so that the manifest rules run on live objects unchanged. */
export interface RenderedSnapshot {
  /** The virtual uri of the text, also the audit target: `kube:<context>`. */
  uri: string;
  text: string;
  /** Offset where each object's document starts, in object order. */
  starts: number[];
  /** The logical name of each object: `<context>/<namespace>/<Kind>/<name>` (no namespace when cluster-scoped). */
  names: string[];
}

export function renderSnapshot(snapshot: Pick<ClusterSnapshot, 'context' | 'objects'>): RenderedSnapshot {
  const starts: number[] = [];
  let text = '';
  for (const o of snapshot.objects) {
    starts.push(text.length);
    // No folding of long strings and no anchors: the text is read back by the same parser, offsets must be stable.
    text += `---\n${stringify(o, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false })}`;
  }
  return {
    uri: `kube:${snapshot.context}`,
    text,
    starts,
    names: snapshot.objects.map((o) => logicalName(snapshot.context, o)),
  };
}

export function logicalName(context: string, o: LiveObject): string {
  const ns = typeof o.metadata.namespace === 'string' && o.metadata.namespace ? [o.metadata.namespace] : [];
  const name = typeof o.metadata.name === 'string' ? o.metadata.name : '(unnamed)';
  return [context, ...ns, o.kind, name].join('/');
}
