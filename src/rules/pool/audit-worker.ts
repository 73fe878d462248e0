// The entry of an audit worker thread: runs the tasks the pool sends, one at a time, and answers with their results.
import { parentPort, workerData } from 'node:worker_threads';
import type { AuditOptions } from '../rule.js';
import type { ClusterPart } from './cluster.js';
import type { FromWorker, ToWorker } from './pool.js';
import { type AuditTask, type PackedResult, packResult, runTask } from './tasks.js';

const { cwd, options } = workerData as { cwd?: string; options: AuditOptions };
const clusters = new Map<string, readonly ClusterPart[]>();
const port = parentPort;
if (!port) throw new Error('audit-worker runs as a worker thread');
// One task at a time, in the order they came (the pool keeps the next one queued here): the pool counts on it to
// know which task a crash stopped.
let queue = Promise.resolve();
port.on('message', (m: ToWorker<AuditTask>) => {
  queue = queue.then(async () => {
    if (m.type === 'shared') {
      clusters.set(m.key, m.data as ClusterPart[]);
      return;
    }
    const value = await runTask(m.task, { cwd, options, clusters });
    port.postMessage({ type: 'done', id: m.id, value: packResult(value) } satisfies FromWorker<PackedResult>);
  });
});
port.postMessage({ type: 'ready' } satisfies FromWorker<PackedResult>);
