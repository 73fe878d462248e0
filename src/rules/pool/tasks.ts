// One unit of an audit run: read one input (or one compose project) from disk, parse it, run the rules, and return
// the results — never the parsed document. The same function runs in a worker thread and, with one worker, in the
// calling thread, so the output cannot depend on the worker count.
// Each kind loads its parser and rules on first use: a run of Dockerfiles loads no YAML parser and no manifest rule.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { CheckResult } from '../../core/finding.js';
import type { AuditResult } from '../audit.js';
import type { AuditOptions } from '../rule.js';
import type { ClusterPart, DetachedObject } from './cluster.js';

export type AuditTask =
  /** A Dockerfile, a manifest or an engine snapshot file. */
  | {
      type: 'file';
      index: number;
      path: string;
      kind: 'dockerfile' | 'kubernetes' | 'engine';
      /** Manifests of a run with several: which cluster parts this one sees (sent once per worker). */
      cluster?: string;
      /** Return the pod templates of this manifest for the NetworkPolicy files audited last. */
      pods?: boolean;
    }
  /** A compose project: the main file, then the override merged onto it. */
  | { type: 'compose'; index: number; files: string[] }
  /** A first look at a manifest: does it hold objects other manifests' audits read? */
  | { type: 'scan'; index: number; path: string }
  /** Several tasks in one message: fewer round trips between threads. */
  | { type: 'batch'; tasks: AuditTask[] };

export interface TaskResult {
  result?: AuditResult;
  /** scan: the file could be read. */
  readable?: boolean;
  /** scan: the manifest's objects, when it may hold objects other manifests' audits read. */
  provides?: DetachedObject[];
  /** scan: it holds a NetworkPolicy, whose audit needs every pod template of the run. */
  networkPolicy?: boolean;
  /** file with `pods`: the manifest's pod templates. */
  pods?: DetachedObject[];
  /** batch: the result of each task, in order. */
  batch?: TaskResult[];
}

export interface TaskEnv {
  cwd?: string;
  options: AuditOptions;
  /** Cluster parts by key, as the pool delivered them. */
  clusters: ReadonlyMap<string, readonly ClusterPart[]>;
}

/**
 * The modules a task needs, each imported on first use and then kept: a dynamic import of a module already loaded
 * still goes through the loader's resolution and its promises, and a tree runs one task per file.
 */
const modules = {
  audit: once(() => import('../audit.js')),
  cluster: once(() => import('./cluster.js')),
  compose: once(() => import('../../sources/compose/index.js')),
  dockerfile: once(() => import('../dockerfile/audit.js')),
  kubernetes: once(() => import('../../sources/kubernetes/parse.js')),
};

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export async function runTask(task: AuditTask, env: TaskEnv): Promise<TaskResult> {
  if (task.type === 'batch') {
    const batch: TaskResult[] = [];
    for (const t of task.tasks) batch.push(await runTask(t, env));
    return { batch };
  }
  const onDisk = (p: string) => (env.cwd ? resolve(env.cwd, p) : p);
  try {
    switch (task.type) {
      case 'scan': {
        const text = readFileSync(onDisk(task.path), 'utf8');
        const { detach, PROVIDER_TEXT } = await modules.cluster();
        if (!PROVIDER_TEXT.test(text)) return { readable: true };
        const { parseKubernetes } = await modules.kubernetes();
        const doc = parseKubernetes(text, task.path);
        return {
          readable: true,
          provides: doc.objects.map(detach),
          networkPolicy: doc.objects.some((o) => o.kind === 'NetworkPolicy'),
        };
      }
      case 'compose': {
        const target = task.files[0] as string;
        const text = readFileSync(onDisk(target), 'utf8');
        const { loadComposeProject } = await modules.compose();
        const { auditCompose } = await modules.audit();
        const read = (p: string) => {
          try {
            return readFileSync(onDisk(p), 'utf8');
          } catch {
            return undefined;
          }
        };
        return { result: auditCompose(loadComposeProject(task.files, { readFile: read }), text, env.options) };
      }
      case 'file': {
        const text = readFileSync(onDisk(task.path), 'utf8');
        if (task.kind === 'dockerfile') {
          const { auditDockerfile } = await modules.dockerfile();
          return { result: auditDockerfile(text, task.path, env.options) };
        }
        const { auditText } = await modules.audit();
        if (task.kind !== 'kubernetes') return { result: auditText(text, task.path, task.kind, env.options) };
        const { parseKubernetes } = await modules.kubernetes();
        const { assembleCluster, podFacts } = await modules.cluster();
        const doc = parseKubernetes(text, task.path);
        if (task.cluster !== undefined) {
          const parts = env.clusters.get(task.cluster);
          if (!parts) throw new Error(`cluster ${task.cluster} was not delivered`);
          doc.cluster = assembleCluster({ index: task.index, objects: doc.objects }, parts);
        }
        const result = auditText(text, task.path, 'kubernetes', env.options, {
          kubernetes: new Map([[task.path, doc]]),
        });
        if (!task.pods) return { result };
        return { result, pods: doc.objects.flatMap((o) => podFacts(o) ?? []) };
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const target = task.type === 'compose' ? (task.files[0] as string) : task.path;
    // Reading is the only expected failure; anything else is a bug, reported against the input it happened on.
    const diagnostic: Diagnostic =
      typeof e?.code === 'string' && typeof e.syscall === 'string'
        ? { code: 'file-unreadable', severity: 'error', message: `${target}: ${e.message}`, location: at(target) }
        : crashed(target, e?.stack ?? String(err));
    if (task.type === 'scan') return { readable: false };
    return { result: { findings: [], checks: [], diagnostics: [diagnostic], inputs: [] } };
  }
}

/** The diagnostic of an input whose audit stopped: a worker that died on it, or a bug. */
export function crashed(target: string, why: string): Diagnostic {
  return {
    code: 'audit-crashed',
    severity: 'error',
    message: `${target}: the audit of this input stopped (${why.split('\n')[0]}); the other inputs were audited`,
    location: at(target),
  };
}

function at(uri: string) {
  return { uri, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}

/**
 * A task's result as it crosses threads: one JSON string, which is copied far faster than the thousands of small
 * objects of a result, with the checks as rows that name their target once.
 */
export interface PackedResult {
  json: string;
}

type CheckRow = [ruleId: string, state: CheckResult['state'], message?: string];
type Compact = TaskResult & { target?: string; rows?: CheckRow[] };

export function packResult(value: TaskResult): PackedResult {
  return { json: JSON.stringify(value.batch ? { batch: value.batch.map(compact) } : compact(value)) };
}

export function unpackResult(packed: PackedResult): TaskResult {
  const value = JSON.parse(packed.json) as Compact;
  return value.batch ? { batch: value.batch.map(expand) } : expand(value);
}

function compact(value: TaskResult): Compact {
  const checks = value.result?.checks ?? [];
  const target = checks[0]?.target;
  // Rows rebuild each check with the same keys in the same order: only checks of that shape are packed.
  const plain = checks.every(
    (c) =>
      c.target === target &&
      Object.keys(c).join() === (c.message === undefined ? 'ruleId,target,state' : 'ruleId,target,state,message'),
  );
  if (!value.result || !plain) return value;
  const rows = checks.map(
    (c): CheckRow => (c.message === undefined ? [c.ruleId, c.state] : [c.ruleId, c.state, c.message]),
  );
  return { ...value, result: { ...value.result, checks: [] }, target, rows };
}

function expand(value: Compact): TaskResult {
  const { target, rows, ...rest } = value;
  if (rows && rest.result && target !== undefined)
    rest.result.checks = rows.map(([ruleId, state, message]) =>
      message === undefined ? { ruleId, target, state } : { ruleId, target, state, message },
    );
  return rest;
}
