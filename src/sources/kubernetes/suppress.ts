import type { Suppression } from '../../rules/suppress.js';
import type { KubernetesDoc } from './parse.js';

export const IGNORE_ANNOTATION = 'stridebench.io/ignore';

/**
 * `metadata.annotations["stridebench.io/ignore"]: "<rule>=<reason>"` suppresses the rule on the whole object.
 * Several entries are separated by `;` or new lines; the rule is an id or a name.
 */
export function annotationSuppressions(doc: KubernetesDoc): Suppression[] {
  const out: Suppression[] = [];
  for (const object of doc.objects) {
    const text = object.annotations[IGNORE_ANNOTATION];
    if (text === undefined) continue;
    const key = object.at(['metadata', 'annotations', IGNORE_ANNOTATION], 'key');
    for (const entry of text.split(/[;\n]/)) {
      const eq = entry.indexOf('=');
      const rule = (eq < 0 ? entry : entry.slice(0, eq)).trim();
      if (!rule) continue;
      out.push({
        uri: object.node.file.uri,
        rules: [rule],
        reason: eq < 0 ? '' : entry.slice(eq + 1).trim(),
        commentRange: key.range,
        scope: object.node.range,
      });
    }
  }
  return out;
}
