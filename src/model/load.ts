import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve as resolvePath } from 'node:path';
import { type Document, isMap, isScalar, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic, DiagnosticCode } from '../core/diagnostics.js';
import { compareDiagnostics } from '../core/diagnostics.js';
import { LineIndex, type Location } from '../core/location.js';
import { isLibraryAttacker } from '../stride/attackers/library.js';
import { MODEL_FILE_NAMES } from './files.js';
import {
  protocolEncryption,
  type ResolvedAsset,
  type ResolvedBoundary,
  type ResolvedComponent,
  type ResolvedFlow,
  type ResolvedModel,
  type ResolvedSource,
} from './model.js';
import { SOURCE_KINDS, type SourceInput, type SourceKind, type ThreatModelInput, ThreatModelSchema } from './schema.js';
import { isKnownTech, techTags } from './techs.js';

export interface LoadOptions {
  /** Today as YYYY-MM-DD, for decision expiry. Defaults to the current UTC date. */
  today?: string;
  /** Directory that relative paths are read from; locations keep the path as given. */
  cwd?: string;
}

export interface LoadResult {
  model?: ResolvedModel;
  diagnostics: Diagnostic[];
}

export { MODEL_FILE_NAMES };

type Path = readonly (string | number)[];

class Collector {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lines: LineIndex,
  ) {}

  add(code: DiagnosticCode, message: string, path: Path, severity: 'error' | 'warning' = 'error'): void {
    this.diagnostics.push({ code, severity, message, location: this.locate(path) });
  }

  addAtKey(code: DiagnosticCode, message: string, mapPath: Path, key: string): void {
    const map = this.doc.getIn(mapPath, true);
    const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
    const keyNode = pair?.key as Node | undefined;
    const location = keyNode?.range ? this.lines.location([keyNode.range[0], keyNode.range[1]]) : this.locate(mapPath);
    this.diagnostics.push({ code, severity: 'error', message, location });
  }

  /** The node at `path`, or its nearest existing ancestor. */
  locate(path: Path): Location {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? this.doc.contents : (this.doc.getIn(path.slice(0, n), true) as Node | undefined);
      if (node && typeof node === 'object' && 'range' in node && node.range) {
        const [start, valueEnd] = node.range;
        return this.lines.location([start, valueEnd]);
      }
    }
    return this.lines.location([0, 0]);
  }
}

export async function loadModelFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const onDisk = (p: string) => (options.cwd ? resolvePath(options.cwd, p) : p);
  let file = path;
  try {
    if ((await stat(onDisk(path))).isDirectory()) {
      const found = await firstExisting(
        MODEL_FILE_NAMES.map((n) => join(path, n)),
        onDisk,
      );
      if (!found) {
        return {
          diagnostics: [
            {
              code: 'file-not-found',
              severity: 'error',
              message: `no threat model in directory ${path} (looked for ${MODEL_FILE_NAMES.join(', ')})`,
              location: { uri: path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
            },
          ],
        };
      }
      file = found;
    }
  } catch (err) {
    return { diagnostics: [ioDiagnostic(path, err)] };
  }
  let text: string;
  try {
    text = await readFile(onDisk(file), 'utf8');
  } catch (err) {
    return { diagnostics: [ioDiagnostic(file, err)] };
  }
  return loadModel(text, file, options);
}

async function firstExisting(paths: string[], onDisk: (p: string) => string): Promise<string | undefined> {
  for (const p of paths) {
    try {
      if ((await stat(onDisk(p))).isFile()) return p;
    } catch {
      // try the next name
    }
  }
  return undefined;
}

function ioDiagnostic(path: string, err: unknown): Diagnostic {
  const code = (err as NodeJS.ErrnoException).code;
  return {
    code: code === 'ENOENT' ? 'file-not-found' : 'file-unreadable',
    severity: 'error',
    message: code === 'ENOENT' ? `${path}: no such file or directory` : `${path}: ${(err as Error).message}`,
    location: { uri: path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  };
}

/** Parses, validates and resolves a model. Never throws for bad input: every problem becomes a diagnostic. */
export function loadModel(text: string, uri: string, options: LoadOptions = {}): LoadResult {
  const lines = new LineIndex(uri, text);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const yamlDiagnostics: Diagnostic[] = doc.errors.map((e) => ({
    code: e.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
    severity: 'error',
    message: e.code === 'DUPLICATE_KEY' ? firstLine(e.message) : `${firstLine(e.message)} (${e.code})`,
    location: lines.location([e.pos[0], e.pos[1]]),
  }));
  if (yamlDiagnostics.length > 0) return { diagnostics: yamlDiagnostics.sort(compareDiagnostics) };

  const c = new Collector(doc, lines);
  let raw: unknown;
  try {
    // Aliases are expanded here; a bad alias or an alias bomb is an input error, not a crash.
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch (err) {
    c.add('yaml-syntax', firstLine((err as Error).message), []);
    return { diagnostics: c.diagnostics };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    c.add('not-a-mapping', 'a threat model is a YAML mapping with version, system and components', []);
    return { diagnostics: c.diagnostics };
  }
  if ((raw as Record<string, unknown>).version !== undefined && (raw as Record<string, unknown>).version !== 1) {
    c.add(
      'unsupported-version',
      `unsupported model version ${JSON.stringify((raw as Record<string, unknown>).version)}; this stridebench reads version 1`,
      ['version'],
    );
    return { diagnostics: c.diagnostics };
  }
  const parsed = ThreatModelSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportIssue(c, raw, issue);
    return { diagnostics: c.diagnostics.sort(compareDiagnostics) };
  }
  const model = resolve(parsed.data, c, uri, options.today ?? new Date().toISOString().slice(0, 10));
  const diagnostics = c.diagnostics.sort(compareDiagnostics);
  return diagnostics.some((d) => d.severity === 'error') ? { diagnostics } : { model, diagnostics };
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

function pathText(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || '(document)';
}

function valueAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function reportIssue(c: Collector, raw: unknown, issue: z.core.$ZodIssue): void {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const where = pathText(path);
  const value = valueAt(raw, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      for (const key of issue.keys) c.addAtKey('unknown-key', `${where}: unknown key "${key}"`, path, key);
      return;
    case 'invalid_type':
      if (value === undefined) c.add('missing-field', `${where}: required field is missing`, path);
      else c.add('invalid-type', `${where}: expected ${issue.expected}, got ${describeValue(value)}`, path);
      return;
    case 'invalid_value':
      c.add(
        'invalid-value',
        `${where}: ${describeValue(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        path,
      );
      return;
    default:
      c.add('invalid-value', `${where}: ${issue.message}`, path);
  }
}

function resolve(input: ThreatModelInput, c: Collector, uri: string, today: string): ResolvedModel {
  const loc = (path: Path) => c.locate(path);

  // Boundaries
  const boundaries = new Map<string, ResolvedBoundary>();
  const declared: (ResolvedBoundary | undefined)[] = (input.boundaries ?? []).map((b, i) => {
    if (boundaries.has(b.id)) {
      c.add('duplicate-id', `boundaries[${i}]: duplicate boundary id "${b.id}"`, ['boundaries', i, 'id']);
      return undefined;
    }
    const resolved: ResolvedBoundary = { id: b.id, name: b.name, kind: b.kind, location: loc(['boundaries', i]) };
    boundaries.set(b.id, resolved);
    return resolved;
  });
  (input.boundaries ?? []).forEach((b, i) => {
    if (b.parent === undefined) return;
    const parent = boundaries.get(b.parent);
    if (!parent)
      c.add('dangling-reference', `boundaries[${i}].parent: no boundary "${b.parent}"`, ['boundaries', i, 'parent']);
    const self = declared[i];
    if (parent && self) self.parent = parent;
  });
  // Break cycles so that later walks terminate; report each cycle once, at its first member.
  const reported = new Set<string>();
  (input.boundaries ?? []).forEach((b, i) => {
    const start = boundaries.get(b.id);
    const seen = new Set<string>();
    let cur = start;
    while (cur) {
      if (seen.has(cur.id)) {
        if (cur.id === b.id && !reported.has(b.id)) {
          for (const id of seen) reported.add(id);
          c.add(
            'cyclic-boundary',
            `boundaries[${i}]: boundary "${b.id}" is nested inside itself (${[...seen, b.id].join(' -> ')})`,
            ['boundaries', i, 'parent'],
          );
          if (start) start.parent = undefined;
        }
        break;
      }
      seen.add(cur.id);
      cur = cur.parent;
    }
  });

  // Assets
  const assets = new Map<string, ResolvedAsset>();
  (input.assets ?? []).forEach((a, i) => {
    if (assets.has(a.id)) c.add('duplicate-id', `assets[${i}]: duplicate asset id "${a.id}"`, ['assets', i, 'id']);
    else assets.set(a.id, { ...a, location: loc(['assets', i]) });
  });
  const assetList = (ids: readonly string[] | undefined, path: Path): ResolvedAsset[] =>
    (ids ?? []).flatMap((id, j) => {
      const a = assets.get(id);
      if (!a) c.add('dangling-reference', `${pathText([...path, j])}: no asset "${id}"`, [...path, j]);
      return a ? [a] : [];
    });

  // Components
  const elementIds = new Set<string>();
  const components = new Map<string, ResolvedComponent>();
  input.components.forEach((ci, i) => {
    const path = ['components', i];
    if (elementIds.has(ci.id)) {
      c.add('duplicate-id', `components[${i}]: duplicate element id "${ci.id}"`, [...path, 'id']);
      return;
    }
    elementIds.add(ci.id);
    let boundary: ResolvedBoundary | undefined;
    if (ci.boundary !== undefined) {
      boundary = boundaries.get(ci.boundary);
      if (!boundary)
        c.add('dangling-reference', `components[${i}].boundary: no boundary "${ci.boundary}"`, [...path, 'boundary']);
    }
    if (ci.tech !== undefined && !isKnownTech(ci.tech)) {
      c.add(
        'unknown-tech',
        `components[${i}].tech: "${ci.tech}" is not a known technology; technology-specific threats will not apply`,
        [...path, 'tech'],
        'warning',
      );
    }
    const chain: ResolvedBoundary[] = [];
    for (let b = boundary; b && !chain.includes(b); b = b.parent) chain.push(b);
    components.set(ci.id, {
      elementType: 'component',
      id: ci.id,
      name: ci.name,
      kind: ci.kind,
      tech: ci.tech,
      techTags: techTags(ci.tech),
      boundary,
      boundaryChain: chain,
      properties: ci.properties ?? {},
      propertyLocations: Object.fromEntries(
        Object.keys(ci.properties ?? {}).map((k) => [k, loc([...path, 'properties', k])]),
      ),
      data: assetList(ci.data, [...path, 'data']),
      inbound: [],
      outbound: [],
      inInternet: chain.some((b) => b.kind === 'internet'),
      internetFacing: false,
      sources: resolveSources(ci.sources ?? [], [...path, 'sources'], c, uri),
      location: loc(path),
      order: i,
    });
  });
  input.components.forEach((ci, i) => {
    (ci.properties?.sharesNamespaceWith ?? []).forEach((id, j) => {
      if (!components.has(id)) {
        c.add('dangling-reference', `components[${i}].properties.sharesNamespaceWith[${j}]: no component "${id}"`, [
          'components',
          i,
          'properties',
          'sharesNamespaceWith',
          j,
        ]);
      }
    });
  });

  // Flows
  const flows: ResolvedFlow[] = [];
  (input.flows ?? []).forEach((fi, i) => {
    const path = ['flows', i];
    const from = components.get(fi.from);
    const to = components.get(fi.to);
    if (!from) c.add('dangling-reference', `flows[${i}].from: no component "${fi.from}"`, [...path, 'from']);
    if (!to) c.add('dangling-reference', `flows[${i}].to: no component "${fi.to}"`, [...path, 'to']);
    if (fi.from === fi.to) c.add('self-flow', `flows[${i}]: a flow from "${fi.from}" to itself`, path, 'warning');
    const id = fi.id ?? (fi.port !== undefined ? `${fi.from}-${fi.to}-${fi.port}` : `${fi.from}-${fi.to}`);
    if (elementIds.has(id)) {
      const hint = fi.id === undefined ? ' (give the flow an explicit id)' : '';
      c.add(
        'duplicate-id',
        `flows[${i}]: duplicate element id "${id}"${hint}`,
        fi.id === undefined ? path : [...path, 'id'],
      );
      return;
    }
    elementIds.add(id);
    const data = assetList(fi.data, [...path, 'data']);
    if (!from || !to) return;
    const flow: ResolvedFlow = {
      elementType: 'flow',
      id,
      name: fi.name ?? `${from.name} to ${to.name}`,
      kind: 'flow',
      from,
      to,
      protocol: fi.protocol?.toLowerCase(),
      port: fi.port,
      encrypted: fi.encrypted ?? protocolEncryption(fi.protocol) ?? false,
      authenticated: fi.authenticated,
      bidirectional: fi.bidirectional ?? false,
      data,
      crossesBoundary: from.boundary !== to.boundary,
      fromInternet: from.inInternet && !to.inInternet,
      location: loc(path),
      order: i,
    };
    from.outbound.push(flow);
    to.inbound.push(flow);
    flows.push(flow);
  });
  for (const comp of components.values()) {
    comp.internetFacing =
      comp.properties.internetFacing ?? (!comp.inInternet && comp.inbound.some((f) => f.fromInternet));
  }

  // Attackers
  const attackerIds = new Set<string>();
  (input.attackers ?? []).forEach((a, i) => {
    const path = ['attackers', i];
    if (a.use !== undefined) {
      if (!isLibraryAttacker(a.use))
        c.add('unknown-attacker', `attackers[${i}].use: no attacker profile "${a.use}" in the library`, [
          ...path,
          'use',
        ]);
      return;
    }
    for (const field of ['id', 'name', 'goals', 'methods'] as const) {
      if (a[field] === undefined)
        c.add(
          'missing-field',
          `attackers[${i}].${field}: required for an attacker that does not \`use\` a library profile`,
          path,
        );
    }
    if (a.id !== undefined) {
      if (attackerIds.has(a.id))
        c.add('duplicate-id', `attackers[${i}]: duplicate attacker id "${a.id}"`, [...path, 'id']);
      attackerIds.add(a.id);
    }
  });

  // Mitigations
  const mitigationIds = new Set<string>();
  (input.mitigations ?? []).forEach((m, i) => {
    if (mitigationIds.has(m.id))
      c.add('duplicate-id', `mitigations[${i}]: duplicate mitigation id "${m.id}"`, ['mitigations', i, 'id']);
    mitigationIds.add(m.id);
  });

  // Decisions
  const decided = new Set<string>();
  (input.decisions ?? []).forEach((d, i) => {
    const path = ['decisions', i];
    if (decided.has(d.threat))
      c.add('duplicate-decision', `decisions[${i}]: a second decision for threat "${d.threat}"`, [...path, 'threat']);
    decided.add(d.threat);
    if (['accepted', 'transferred', 'not-applicable'].includes(d.status) && !d.justification?.trim()) {
      c.add('decision-missing-justification', `decisions[${i}]: status "${d.status}" needs a justification`, [
        ...path,
        'status',
      ]);
    }
    if (d.expires !== undefined && Number.isNaN(Date.parse(d.expires))) {
      c.add('invalid-value', `decisions[${i}].expires: "${d.expires}" is not a date`, [...path, 'expires']);
    } else if (d.expires !== undefined && d.expires < today) {
      c.add(
        'decision-expired',
        `decisions[${i}]: the "${d.status}" decision for "${d.threat}" expired on ${d.expires}; the threat is open again`,
        [...path, 'expires'],
        'warning',
      );
    }
  });

  return {
    uri,
    system: input.system,
    boundaries: [...boundaries.values()],
    components: [...components.values()],
    flows,
    assets: [...assets.values()],
    attackers: input.attackers ?? [],
    attackerLocations: (input.attackers ?? []).map((_, i) => loc(['attackers', i])),
    mitigations: (input.mitigations ?? []).map((m, i) => ({ ...m, location: loc(['mitigations', i]) })),
    decisions: (input.decisions ?? []).map((d, i) => ({ ...d, location: loc(['decisions', i]) })),
  };
}

const FILTERS: Record<string, SourceKind> = {
  service: 'compose',
  kind: 'kubernetes',
  name: 'kubernetes',
  namespace: 'kubernetes',
  selector: 'kubernetes',
  container: 'kubernetes',
};

/** Each source names exactly one artifact; filters belong to their artifact kind. Paths are relative to the model. */
function resolveSources(inputs: readonly SourceInput[], path: Path, c: Collector, modelUri: string): ResolvedSource[] {
  const base = dirname(modelUri);
  return inputs.flatMap((src, j): ResolvedSource[] => {
    const where = [...path, j];
    const kinds = SOURCE_KINDS.filter((k) => src[k] !== undefined);
    if (kinds.length !== 1) {
      c.add(
        kinds.length === 0 ? 'missing-field' : 'invalid-value',
        `${pathText(where)}: a source names exactly one of ${SOURCE_KINDS.join(', ')}${kinds.length ? ` (got ${kinds.join(', ')})` : ''}`,
        where,
      );
      return [];
    }
    const kind = kinds[0] as SourceKind;
    for (const [filter, owner] of Object.entries(FILTERS)) {
      if (src[filter as keyof SourceInput] !== undefined && owner !== kind) {
        c.addAtKey('invalid-value', `${pathText(where)}: "${filter}" only goes with "${owner}"`, where, filter);
      }
    }
    const p = src[kind] as string;
    return [
      {
        kind,
        path: p,
        resolvedPath: isAbsolute(p) ? p : join(base, p),
        service: src.service,
        objectKind: src.kind,
        name: src.name,
        namespace: src.namespace,
        selector: src.selector,
        container: src.container,
        location: c.locate(where),
      },
    ];
  });
}

export function isExpired(expires: string | undefined, today: string): boolean {
  return expires !== undefined && expires < today;
}
