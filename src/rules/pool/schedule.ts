// Runs the tasks of an audit run, in this thread or on worker threads, in three stages:
//   1. a scan of every manifest for objects other manifests' audits read (when the run has several), together with
//      the inputs that need nothing from the others (Dockerfiles, compose projects, engine snapshots);
//   2. the manifests, each seeing the objects found in stage 1;
//   3. the manifests holding a NetworkPolicy, each seeing the pod templates of every manifest.
// Each stage sends its tasks in input order, in batches, two batches in flight per worker (pool.ts). Answers are
// results, never documents, kept by input and merged in input order by the caller, so the output does not depend on
// the number of workers or on timing.

import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { AuditResult } from '../audit.js';
import type { AuditOptions } from '../rule.js';
import type { ClusterPart } from './cluster.js';
import { WorkerPool, type WorkerSpec } from './pool.js';
import { type AuditTask, crashed, type PackedResult, runTask, type TaskResult, unpackResult } from './tasks.js';

/** A file task of the run, in input order; `index` is its slot in the result. */
export type PoolTask = Extract<AuditTask, { type: 'file' } | { type: 'compose' }>;

/**
 * Files per worker before a second one pays: each worker loads the rules and warms up its own JIT, which costs
 * about what auditing a few hundred files does (measured on 2 cores: 300 and 1,000 files audit faster in one thread).
 */
const FILES_PER_WORKER = 1000;

/**
 * One worker per core but one, and one per 1,000 files below that. The core left over is the main thread's and
 * V8's: an audit in one thread already keeps its garbage collector and compiler threads a third of a core busy, and
 * on 2 cores a pool of 2 workers measured slower than no worker at all (docs/performance.md).
 */
export function defaultWorkers(files: number): number {
  return Math.max(1, Math.min(availableParallelism() - 1, Math.floor(files / FILES_PER_WORKER)));
}

interface Executor {
  share(key: string, parts: readonly ClusterPart[]): void;
  /** Runs tasks in order; answers each. */
  run(tasks: readonly AuditTask[], shared?: string): Promise<TaskResult[]>;
  /** Tasks run at once. */
  readonly lanes: number;
  /** Tasks per message, for `n` tasks to run (1 in this thread). */
  batch(n: number): number;
  close(): Promise<void>;
}

/**
 * Audits the tasks; `done(index, result)` is called for each as it completes (in completion order, which varies;
 * callers key by index).
 */
export async function runTasks(
  tasks: readonly PoolTask[],
  env: { cwd?: string; options: AuditOptions; workers: number },
  done: (index: number, result: AuditResult) => void,
): Promise<void> {
  if (tasks.length === 0) return;
  const executor = env.workers > 1 ? poolExecutor(env, env.workers) : inProcess(env);
  const finish = (t: AuditTask, r: TaskResult) => done((t as PoolTask).index, r.result ?? empty());
  try {
    const manifests = tasks.filter((t) => t.type === 'file' && t.kind === 'kubernetes') as FileTask[];
    const others = tasks.filter((t) => !(t.type === 'file' && t.kind === 'kubernetes'));
    if (manifests.length < 2) {
      await each(executor, tasks, undefined, finish);
      return;
    }
    // Stage 1
    const providers: ClusterPart[] = [];
    const withPolicy = new Set<number>();
    let readable = 0;
    const scans: AuditTask[] = manifests.map((t) => ({ type: 'scan', index: t.index, path: t.path }));
    await each(executor, [...scans, ...others], undefined, (t, r) => {
      if (t.type !== 'scan') return finish(t, r);
      if (r.readable) readable++;
      if (r.provides) providers.push({ index: t.index, target: t.path, objects: r.provides });
      if (r.networkPolicy) withPolicy.add(t.index);
    });
    // As the audit of files one by one: a run with one readable manifest has no cluster.
    const cluster = readable > 1;
    providers.sort((a, b) => a.index - b.index);
    if (cluster) executor.share('providers', providers);
    // Stage 2
    const pods: ClusterPart[] = [];
    const isProvider = new Set(providers.map((p) => p.index));
    const stage2 = manifests
      .filter((t) => !withPolicy.has(t.index))
      .map((t): FileTask => {
        const task: FileTask = { ...t };
        if (cluster) task.cluster = 'providers';
        if (cluster && withPolicy.size > 0 && !isProvider.has(t.index)) task.pods = true;
        return task;
      });
    await each(executor, stage2, cluster ? 'providers' : undefined, (t, r) => {
      const task = t as FileTask;
      if (r.pods?.length) pods.push({ index: task.index, target: task.path, objects: r.pods });
      finish(t, r);
    });
    // Stage 3
    const stage3 = manifests.filter((t) => withPolicy.has(t.index)).map((t) => ({ ...t, cluster: 'all' }));
    if (stage3.length > 0)
      executor.share(
        'all',
        [...providers, ...pods].sort((a, b) => a.index - b.index),
      );
    await each(executor, stage3, 'all', finish);
  } finally {
    await executor.close();
  }
}

type FileTask = Extract<AuditTask, { type: 'file' }>;

/** Runs the tasks in batches, keeping every lane busy, and hands each answer to `on`. */
async function each(
  executor: Executor,
  tasks: readonly AuditTask[],
  shared: string | undefined,
  on: (task: AuditTask, result: TaskResult) => void,
): Promise<void> {
  const size = executor.batch(tasks.length);
  const batches: AuditTask[][] = [];
  for (let i = 0; i < tasks.length; i += size) batches.push(tasks.slice(i, i + size));
  await lanes(batches, executor.lanes, async (batch) => {
    const results = await executor.run(batch, shared);
    batch.forEach((t, i) => on(t, results[i] as TaskResult));
  });
}

function empty(): AuditResult {
  return { findings: [], checks: [], diagnostics: [], inputs: [] };
}

/** Runs `fn` over `items` in order, at most `n` at a time. */
async function lanes<T>(items: readonly T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, lane));
}

function inProcess(env: { cwd?: string; options: AuditOptions }): Executor {
  const clusters = new Map<string, readonly ClusterPart[]>();
  return {
    lanes: 1,
    batch: () => 1,
    share: (key, parts) => clusters.set(key, parts),
    run: async (tasks) => {
      const out: TaskResult[] = [];
      for (const task of tasks) out.push(await runTask(task, { cwd: env.cwd, options: env.options, clusters }));
      return out;
    },
    close: async () => {},
  };
}

/** Tasks per message at most: enough to make the round trips between threads rare, few enough to balance the end. */
const MAX_BATCH = 16;

function poolExecutor(env: { cwd?: string; options: AuditOptions }, size: number): Executor {
  const pool = new WorkerPool<AuditTask, PackedResult>(
    { ...workerEntry(), workerData: { cwd: env.cwd, options: env.options } },
    size,
  );
  const crash = (task: AuditTask, why: string): TaskResult => {
    if (task.type === 'scan') return { readable: true };
    const target = task.type === 'compose' ? (task.files[0] as string) : task.type === 'file' ? task.path : '';
    return { result: { ...empty(), diagnostics: [crashed(target, why)] } };
  };
  const one = async (task: AuditTask, shared?: string): Promise<TaskResult> => {
    const a = await pool.run(task, shared);
    return a.ok ? unpackResult(a.value) : crash(task, a.crash);
  };
  return {
    lanes: pool.capacity,
    batch: (n) => Math.max(1, Math.min(MAX_BATCH, Math.floor(n / (pool.capacity * 8)))),
    share: (key, parts) => pool.share(key, parts),
    run: async (tasks, shared) => {
      if (tasks.length === 1) return [await one(tasks[0] as AuditTask, shared)];
      const a = await pool.run({ type: 'batch', tasks: [...tasks] }, shared);
      if (a.ok) return unpackResult(a.value).batch ?? [];
      // A worker died in the batch: run its tasks one by one, so that only the input it died on is reported.
      return Promise.all(tasks.map((t) => one(t, shared)));
    },
    close: () => pool.close(),
  };
}

/**
 * The worker's entry file. Built, it is the `.js` beside this module. Run from the TypeScript sources (vitest, tsx),
 * this module is a `.ts` file and so is the entry: the worker first registers tsx's loader (a devDependency), so it
 * runs the same sources as the calling thread — never a stale dist/.
 */
function workerEntry(): WorkerSpec {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { url: new URL('./audit-worker.js', self) };
  const require = createRequire(self);
  // require.resolve finds the CommonJS build of tsx's API; its ES module build sits beside it.
  const tsx = pathToFileURL(require.resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./audit-worker.ts', self).href;
  return {
    url: new URL(
      `data:text/javascript,${encodeURIComponent(`import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`)}`,
    ),
  };
}
