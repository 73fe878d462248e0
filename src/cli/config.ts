import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Document, isMap, isScalar, type Node, parseDocument } from 'yaml';
import { z } from 'zod';
import type { Diagnostic, DiagnosticCode } from '../core/diagnostics.js';
import { compareDiagnostics } from '../core/diagnostics.js';
import { LineIndex, type Location } from '../core/location.js';
import { SEVERITIES } from '../core/severity.js';
import type { Ignore } from '../rules/ignore.js';
import { FORMATS, type Format } from './formats.js';

/** The file looked up in the working directory when `--config` is not given. */
export const CONFIG_FILE_NAME = 'stridebench.yaml';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const IgnoreSchema = z.strictObject({
  rule: z.string().min(1),
  target: z.string().min(1).optional(),
  reason: z.string().trim().min(1, 'give the reason the finding is ignored'),
  expires: IsoDate.optional(),
});

export const ConfigSchema = z.strictObject({
  format: z.enum(FORMATS).optional(),
  failOn: z.enum([...SEVERITIES, 'none']).optional(),
  level: z.union([z.literal(1), z.literal(2)]).optional(),
  ignores: z.array(IgnoreSchema).optional(),
  trustedRegistries: z.array(z.string().min(1)).optional(),
});

export interface Config {
  /** The file the configuration came from, as given or found (relative to the working directory). */
  uri: string;
  format?: Format;
  failOn?: string;
  level?: 1 | 2;
  /** The ignores still in force: expired ones are left out (with a warning). */
  ignores: Ignore[];
  trustedRegistries?: string[];
}

export interface ConfigResult {
  /** Undefined when there is no configuration file, or it has errors. */
  value?: Config;
  warnings: Diagnostic[];
  errors: Diagnostic[];
}

/**
 * Finds and loads the configuration: `--config <file>`, else `stridebench.yaml` in the working directory (unless it
 * is a threat model, which may bear that name too), `--config none` for none at all.
 */
export async function loadConfig(options: { cwd: string; path?: string; today: string }): Promise<ConfigResult> {
  if (options.path === 'none') return { warnings: [], errors: [] };
  const uri = options.path ?? CONFIG_FILE_NAME;
  let text: string;
  try {
    text = await readFile(resolve(options.cwd, uri), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (options.path === undefined && code === 'ENOENT') return { warnings: [], errors: [] };
    return {
      warnings: [],
      errors: [
        {
          code: code === 'ENOENT' ? 'file-not-found' : 'file-unreadable',
          severity: 'error',
          message: code === 'ENOENT' ? `${uri}: no such configuration file` : `${uri}: ${(err as Error).message}`,
          location: { uri, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        },
      ],
    };
  }
  return parseConfig(text, uri, { today: options.today, implicit: options.path === undefined });
}

/** Parses and validates a configuration file's text. Every problem is a coded diagnostic with its position. */
export function parseConfig(text: string, uri: string, options: { today: string; implicit?: boolean }): ConfigResult {
  const lines = new LineIndex(uri, text);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const errors: Diagnostic[] = doc.errors.map((e) => ({
    code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
    severity: 'error',
    message: `${uri}: ${(e.message.split('\n')[0] ?? e.message).trim()} (${e.code})`,
    location: lines.location([e.pos[0], e.pos[1]]),
  }));
  if (errors.length > 0) return { warnings: [], errors };
  const at = (path: readonly (string | number)[]) => locate(doc, lines, path);
  const add = (code: DiagnosticCode, message: string, location: Location) =>
    errors.push({ code, severity: 'error', message: `${uri}: ${message}`, location });
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    add('yaml-syntax', (err as Error).message.split('\n')[0] ?? 'bad YAML', at([]));
    return { warnings: [], errors };
  }
  if (raw === null || raw === undefined) return { value: { uri, ignores: [] }, warnings: [], errors: [] };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    add(
      'not-a-mapping',
      'the configuration is a YAML mapping (format, failOn, level, ignores, trustedRegistries)',
      at([]),
    );
    return { warnings: [], errors };
  }
  // A threat model may be named stridebench.yaml too; found by the implicit lookup, it is not a configuration.
  if (options.implicit && ('components' in raw || 'system' in raw)) return { warnings: [], errors: [] };
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const where = pathText(path);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          add('unknown-key', `${where}: unknown key "${key}"`, keyLocation(doc, lines, path, key));
      } else if (issue.code === 'invalid_type' && valueAt(raw, path) === undefined) {
        add('missing-field', `${where}: required field is missing`, at(path));
      } else if (issue.code === 'invalid_type') {
        add('invalid-type', `${where}: expected ${issue.expected}`, at(path));
      } else {
        add('invalid-value', `${where}: ${issue.message}`, at(path));
      }
    }
    return { warnings: [], errors: errors.sort(compareDiagnostics) };
  }
  const c = parsed.data;
  const warnings: Diagnostic[] = [];
  const ignores: Ignore[] = [];
  (c.ignores ?? []).forEach((i, n) => {
    if (i.expires !== undefined && i.expires < options.today) {
      warnings.push({
        code: 'config-ignore-expired',
        severity: 'warning',
        message: `${uri}: ignores[${n}] of ${i.rule}${i.target ? ` on ${i.target}` : ''} expired on ${i.expires} and no longer applies`,
        location: at(['ignores', n, 'expires']),
      });
      return;
    }
    ignores.push({
      rule: i.rule,
      ...(i.target !== undefined ? { target: i.target } : {}),
      reason: i.reason.trim(),
      location: at(['ignores', n]),
    });
  });
  return {
    value: {
      uri,
      ...(c.format !== undefined ? { format: c.format } : {}),
      ...(c.failOn !== undefined ? { failOn: c.failOn } : {}),
      ...(c.level !== undefined ? { level: c.level } : {}),
      ignores,
      ...(c.trustedRegistries !== undefined ? { trustedRegistries: c.trustedRegistries } : {}),
    },
    warnings,
    errors: [],
  };
}

/** The node at `path`, or its nearest existing ancestor; a missing field is reported on the mapping that lacks it. */
function locate(doc: Document.Parsed, lines: LineIndex, path: readonly (string | number)[]): Location {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : (doc.getIn(path.slice(0, n), true) as Node | undefined);
    if (node && typeof node === 'object' && 'range' in node && node.range) {
      return lines.location([node.range[0], node.range[1]]);
    }
  }
  return lines.location([0, 0]);
}

function keyLocation(
  doc: Document.Parsed,
  lines: LineIndex,
  mapPath: readonly (string | number)[],
  key: string,
): Location {
  const map = mapPath.length === 0 ? doc.contents : doc.getIn(mapPath, true);
  const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
  const keyNode = pair?.key as Node | undefined;
  return keyNode?.range ? lines.location([keyNode.range[0], keyNode.range[1]]) : locate(doc, lines, mapPath);
}

function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(document)';
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}
