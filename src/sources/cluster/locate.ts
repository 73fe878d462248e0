import { isMap, isScalar, isSeq, type Node, parseAllDocuments } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Finding, LogicalLocation } from '../../core/finding.js';
import type { Location } from '../../core/location.js';
import type { RenderedSnapshot } from './render.js';

type Path = (string | number)[];

/**
 * Turns the positions that rules reported in a rendered snapshot into logical locations: the object's name and the
 * field path of the node at that position (`spec.template.spec.containers[0].securityContext.privileged`). The
 * virtual text is never shown, so no line of it may leak into a report.
 */
export class SnapshotLocator {
  readonly #rendered: RenderedSnapshot;
  readonly #lineStarts: number[];
  readonly #docs: ReturnType<typeof parseAllDocuments>;

  constructor(rendered: RenderedSnapshot) {
    this.#rendered = rendered;
    const starts = [0];
    for (let i = 0; i < rendered.text.length; i++) if (rendered.text.charCodeAt(i) === 10) starts.push(i + 1);
    this.#lineStarts = starts;
    // Parsed as parseYamlFile parses it, so node ranges are the ones the rules reported.
    this.#docs = parseAllDocuments(rendered.text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  }

  /** The logical location of a position in the rendered text; undefined for another file's location. */
  locate(location: Location): LogicalLocation | undefined {
    if (location.uri !== this.#rendered.uri) return undefined;
    const start = this.#offset(location.startLine, location.startColumn);
    const end = Math.max(start, this.#offset(location.endLine, location.endColumn));
    const index = lastAtOrBefore(this.#rendered.starts, start);
    const name = this.#rendered.names[index];
    if (name === undefined) return undefined;
    const docs = Array.isArray(this.#docs) ? this.#docs : [this.#docs];
    const path = pathAt(docs[index]?.contents, start, end);
    return path.length > 0 ? { kind: 'resource', name, path: formatPath(path) } : { kind: 'resource', name };
  }

  finding(f: Finding): Finding {
    const logical = f.location ? this.locate(f.location) : undefined;
    if (!logical) return f;
    // Same key order as a file finding, with logicalLocation where location was: stable JSON.
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(f)) {
      if (key === 'location') out.logicalLocation = logical;
      else if (key === 'suppressed' && f.suppressed) out.suppressed = { reason: f.suppressed.reason };
      else if (key !== 'logicalLocation') out[key] = value;
    }
    return out as unknown as Finding;
  }

  diagnostic(d: Diagnostic): Diagnostic {
    const logical = d.location ? this.locate(d.location) : undefined;
    if (!logical) return d;
    const { location: _, ...rest } = d;
    return { ...rest, message: `${logical.name}${logical.path ? ` ${logical.path}` : ''}: ${d.message}` };
  }

  #offset(line: number, column: number): number {
    return (this.#lineStarts[line - 1] ?? this.#rendered.text.length) + column - 1;
  }
}

function lastAtOrBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The path of the deepest node that holds [start, end]. A span equal to a node is that node (a container reported
 * as a whole is `containers[0]`, not its first key); a span on a key is that key's field.
 */
export function pathAt(root: unknown, start: number, end: number): Path {
  const path: Path = [];
  const within = (r: readonly number[] | undefined) => r !== undefined && r[0]! <= start && end <= r[1]!;
  let current = root as Node | null | undefined;
  descend: for (;;) {
    const r = current?.range;
    if (!r || (r[0] === start && r[1] === end)) break;
    if (isMap(current)) {
      for (const pair of current.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        const k = pair.key.range ?? undefined;
        const value = pair.value as Node | null;
        const v = value?.range ?? undefined;
        if (within(k)) {
          path.push(key);
          break descend;
        }
        if (within(v)) {
          path.push(key);
          current = value;
          continue descend;
        }
        // From the key to the end of the value: the whole setting.
        if (k && v && k[0] <= start && end <= v[1]) {
          path.push(key);
          break descend;
        }
      }
      break;
    }
    if (isSeq(current)) {
      for (const [i, item] of current.items.entries()) {
        if (within((item as Node | null)?.range ?? undefined)) {
          path.push(i);
          current = item as Node;
          continue descend;
        }
      }
      break;
    }
    break;
  }
  return path;
}

/** `spec.containers[0].securityContext`, with keys that are not plain names quoted: `annotations["a.b/c"]`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const step of path) {
    if (typeof step === 'number') out += `[${step}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(step)) out += out ? `.${step}` : step;
    else out += `[${JSON.stringify(step)}]`;
  }
  return out;
}
