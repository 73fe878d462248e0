import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { parseDocument } from 'yaml';
import type { Diagnostic } from '../../core/diagnostics.js';
import {
  COMPOSE_FILE_NAMES,
  composeProjectFiles,
  loadComposeProject,
  parseCompose,
} from '../../sources/compose/index.js';
import { discoverInputs, isStructuredName, kindFromContent, kindFromName } from '../../sources/discover.js';
import { parseKubernetes } from '../../sources/kubernetes/parse.js';
import type { ThreatModelInput } from '../schema.js';
import type { InferredInput, InferredModel } from './builder.js';
import { type InferContext, inferCompose } from './compose.js';
import { inferKubernetes, type ManifestFile } from './kubernetes.js';
import { type MergeChanges, mergeModel } from './merge.js';
import { inferredInput, renderModel, renderRecord } from './render.js';

export type { Explained, InferredInput, InferredModel } from './builder.js';
export type { MergeChanges } from './merge.js';
export { inferredInput } from './render.js';

/** The file beside the model that records what was last inferred. */
export const RECORD_FILE = 'threatmodel.inferred.yaml';

export interface InferRequest {
  /** A Compose file, a Kubernetes manifest or a directory of manifests (or a Compose project), `-` for stdin. */
  from: string;
  /** Standard input's text, for `from: '-'`. */
  stdin?: string;
  /** Directory relative paths are read from; defaults to the process's. */
  cwd?: string;
  /** Directory the model is written in: `sources` are relative to it. */
  modelDir: string;
}

export interface InferResult {
  model?: InferredModel;
  diagnostics: Diagnostic[];
}

const at = (uri: string) => ({ uri, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });

/**
 * Reads a Compose project or Kubernetes manifests and infers a threat model from them: components, flows,
 * boundaries, evident assets and the sources that link each component to its artifacts. Input problems are
 * diagnostics; a model comes back whenever something could be read.
 */
export async function inferModel(request: InferRequest): Promise<InferResult> {
  const cwd = request.cwd ?? process.cwd();
  const onDisk = (p: string) => resolve(cwd, p);
  const modelDir = onDisk(request.modelDir);
  const stdin = request.from === '-';
  const ctx: InferContext = {
    readFile: (p) => (stdin ? undefined : readText(onDisk(p))),
    sourcePath: (p) => (stdin ? undefined : relative(modelDir, onDisk(p)).split(sep).join('/') || '.'),
    absolute: (p) => onDisk(p),
  };
  if (stdin) {
    const text = request.stdin ?? '';
    const kind = kindFromContent(text);
    if (kind === 'compose') return withModel(inferCompose(parseCompose(text, '-'), ctx));
    if (kind === 'kubernetes')
      return withModel(inferKubernetes([{ path: '-', doc: parseKubernetes(text, '-') }], ctx, '-'));
    return {
      diagnostics: [
        {
          code: 'unknown-input',
          severity: 'error',
          message: '-: standard input is neither a Compose file nor Kubernetes manifests',
          location: at('-'),
        },
      ],
    };
  }
  let isDir: boolean;
  try {
    isDir = statSync(onDisk(request.from)).isDirectory();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      diagnostics: [
        {
          code: code === 'ENOENT' ? 'file-not-found' : 'file-unreadable',
          severity: 'error',
          message:
            code === 'ENOENT'
              ? `${request.from}: no such file or directory`
              : `${request.from}: ${(err as Error).message}`,
          location: at(request.from),
        },
      ],
    };
  }
  const exists = (p: string) => readText(onDisk(p)) !== undefined;
  const compose = (path: string) =>
    withModel(
      inferCompose(
        loadComposeProject(composeProjectFiles(path, exists), { readFile: (p) => readText(onDisk(p)) }),
        ctx,
      ),
    );
  if (!isDir) {
    const kind =
      kindFromName(request.from) ??
      (isStructuredName(request.from) ? kindFromContent(readText(onDisk(request.from)) ?? '') : undefined);
    if (kind === 'compose') return compose(request.from);
    if (kind === 'kubernetes') {
      const text = readText(onDisk(request.from)) ?? '';
      return withModel(
        inferKubernetes([{ path: request.from, doc: parseKubernetes(text, request.from) }], ctx, request.from),
        request.from,
        ctx,
      );
    }
    return {
      diagnostics: [
        {
          code: 'unknown-input',
          severity: 'error',
          message: `${request.from}: neither a Compose file nor Kubernetes manifests`,
          location: at(request.from),
        },
      ],
    };
  }
  const { inputs } = await discoverInputs([request.from], onDisk);
  const manifests: ManifestFile[] = inputs
    .filter((i) => i.kind === 'kubernetes')
    .map((i) => ({ path: i.path, doc: parseKubernetes(readText(onDisk(i.path)) ?? '', i.path) }));
  if (manifests.length === 0) {
    // A directory without manifests may be a Compose project.
    const main = COMPOSE_FILE_NAMES.map((n) => join(request.from, n)).find(exists);
    if (main) return compose(main);
    return {
      diagnostics: [
        {
          code: 'unknown-input',
          severity: 'error',
          message: `${request.from}: holds no Kubernetes manifests and no Compose file`,
          location: at(request.from),
        },
      ],
    };
  }
  return withModel(inferKubernetes(manifests, ctx, request.from), request.from, ctx);
}

function withModel(model: InferredModel, root?: string, ctx?: InferContext): InferResult {
  if (root && ctx) model.input.root = ctx.sourcePath(root);
  return { model, diagnostics: model.diagnostics };
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** Whether a source points into the input and its service or object is no longer there. */
export function isStaleSource(input: InferredInput, source: Record<string, unknown>): boolean {
  if (typeof source.compose === 'string' && typeof source.service === 'string') {
    const services = input.objects.get(source.compose);
    return input.kind === 'compose' && services !== undefined && !services.has(source.service);
  }
  if (
    input.kind === 'kubernetes' &&
    typeof source.kubernetes === 'string' &&
    typeof source.kind === 'string' &&
    typeof source.name === 'string'
  ) {
    const objects = input.objects.get(source.kubernetes);
    const key = `${source.kind}/${typeof source.namespace === 'string' ? source.namespace : 'default'}/${source.name}`;
    if (objects) return !objects.has(key);
    // A manifest that was under the input directory and is gone.
    const root = input.root;
    return (
      root !== undefined && root !== '.' && (source.kubernetes === root || source.kubernetes.startsWith(`${root}/`))
    );
  }
  return false;
}

export interface WrittenModel {
  /** The model file's new text. */
  text: string;
  /** The record of this inference, for the next run. */
  record: string;
  /** What changed in an existing model. */
  changes?: MergeChanges;
  /** The existing model could not be read as YAML: nothing was merged. */
  errors: string[];
}

/**
 * The model to write: a fresh one with comments, or — when `existing` holds the current model (and the record of the
 * last inference) — the current model updated with what changed in the input, the user's edits kept.
 */
export function writeInferredModel(
  model: InferredModel,
  existing?: { text: string; record?: string },
  options: { schema?: string } = {},
): WrittenModel {
  const record = renderRecord(model);
  if (!existing) return { text: renderModel(model, options), record, errors: [] };
  let base: ThreatModelInput | undefined;
  if (existing.record !== undefined) {
    const parsed = parseDocument(existing.record);
    if (parsed.errors.length === 0) base = parsed.toJS() as ThreatModelInput;
  }
  const merged = mergeModel(existing.text, base, model, {
    stale: (s) => isStaleSource(model.input, s),
    inputName: model.input.path === '-' ? 'the input' : basename(model.input.path) || model.input.path,
  });
  return { text: merged.text, record, changes: merged.changes, errors: merged.errors };
}

/** Counts for reports: components, flows and boundaries inferred. */
export function inferredCounts(model: InferredModel): {
  components: number;
  flows: number;
  boundaries: number;
  assets: number;
} {
  const plain = inferredInput(model);
  return {
    components: plain.components.length,
    flows: plain.flows?.length ?? 0,
    boundaries: plain.boundaries?.length ?? 0,
    assets: plain.assets?.length ?? 0,
  };
}
