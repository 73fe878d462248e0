import type { Diagnostic } from '../../core/diagnostics.js';
import type { SourceFile, SourceNode } from '../../core/location.js';
import { nodeAt, pairAt, parseYamlFile, type YamlDocument } from '../yaml/index.js';
import { optionOfKey } from './options.js';

/** A daemon.json file with the positions of its keys. */
export interface DaemonJson {
  /** The path as given (or the path dockerd reads it from). */
  path: string;
  file: SourceFile;
  value: Record<string, unknown>;
  /** Absent when the text is not a JSON object; `value` is then empty. */
  document?: YamlDocument;
}

/** The key of a setting (where to point at it). */
export function jsonKeyNode(json: DaemonJson, key: string): SourceNode {
  return json.document ? nodeAt(json.document, [key], 'key') : { file: json.file, range: [0, 0] };
}

/** A key inside an object setting (`"nofile"` in `"default-ulimits"`). */
export function jsonEntryKeyNode(json: DaemonJson, key: string, entry: string): SourceNode {
  return json.document ? nodeAt(json.document, [key, entry], 'key') : { file: json.file, range: [0, 0] };
}

/** The whole `"key": value` pair of a setting. */
export function jsonPairNode(json: DaemonJson, key: string): SourceNode {
  return json.document ? pairAt(json.document, [key]) : { file: json.file, range: [0, 0] };
}

/** An element of a list setting (`insecure-registries[1]`). */
export function jsonItemNode(json: DaemonJson, key: string, index: number): SourceNode {
  return json.document ? nodeAt(json.document, [key, index]) : { file: json.file, range: [0, 0] };
}

/** The opening brace of the document: where a setting that is not there would go. */
export function jsonRootNode(json: DaemonJson): SourceNode {
  const start = json.document ? nodeAt(json.document, []).range[0] : 0;
  return { file: json.file, range: [start, start + 1] };
}

/**
 * Parses daemon.json. dockerd reads it with Go's encoding/json and refuses to start on a syntax error, a value of
 * the wrong type or a top level that is not an object; those become `daemon-config-invalid` errors here.
 */
export function parseDaemonJson(text: string, path: string): { json: DaemonJson; diagnostics: Diagnostic[] } {
  const parsed = parseYamlFile(text, path);
  const diagnostics: Diagnostic[] = [];
  const file = parsed.file;
  const invalid = (message: string, node?: SourceNode) =>
    diagnostics.push({
      code: 'daemon-config-invalid',
      severity: 'error',
      message: `${path}: ${message}; dockerd refuses to start with it`,
      location: file.location(node?.range ?? [0, 0]),
    });
  // An empty file is read as no configuration at all.
  if (text.trim() !== '')
    try {
      JSON.parse(text);
    } catch (err) {
      const first = parsed.diagnostics.find((d) => d.severity === 'error');
      diagnostics.push({
        code: 'daemon-config-invalid',
        severity: 'error',
        message: `${path}: not valid JSON (${(err as Error).message}); dockerd refuses to start with it`,
        location: first?.location ?? file.location([0, 0]),
      });
    }
  diagnostics.push(...parsed.diagnostics.filter((d) => d.code === 'duplicate-key'));
  const document = parsed.documents[0];
  const value = document?.value;
  if (text.trim() !== '' && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    if (diagnostics.length === 0) invalid('the top level is not a JSON object');
    return { json: { path, file, value: {} }, diagnostics };
  }
  const json: DaemonJson = { path, file, value: (value ?? {}) as Record<string, unknown>, document };
  for (const [key, v] of Object.entries(json.value)) {
    const option = optionOfKey(key);
    if (!option) continue;
    const ok =
      option.kind === 'bool'
        ? typeof v === 'boolean'
        : option.kind === 'string'
          ? typeof v === 'string' || typeof v === 'number'
          : Array.isArray(v) || (typeof v === 'object' && v !== null);
    if (!ok)
      invalid(
        `"${key}" must be ${option.kind === 'bool' ? 'true or false' : option.kind === 'string' ? 'a string' : 'a list'}, not ${JSON.stringify(v)}`,
        jsonPairNode(json, key),
      );
  }
  return { json, diagnostics };
}
