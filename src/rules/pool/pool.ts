// A fixed set of worker threads that run tasks one at a time each. The queue is the caller's: a task is sent when a
// worker is free, so no more than one task per worker is ever in flight and nothing piles up in message queues.
// A worker that dies (out of memory, a native crash, an exception outside a task) fails only the task it held:
// the caller gets a `crash` answer for it, and a fresh worker takes the next task.
import { Worker } from 'node:worker_threads';

export type PoolAnswer<R> = { ok: true; value: R } | { ok: false; crash: string };

/** Messages between the pool and a worker. */
export type ToWorker<T> = { type: 'task'; id: number; task: T } | { type: 'shared'; key: string; data: unknown };
export type FromWorker<R> = { type: 'ready' } | { type: 'done'; id: number; value: R };

interface Job<T, R> {
  id: number;
  task: T;
  shared?: string;
  resolve: (a: PoolAnswer<R>) => void;
}

interface Slot<T, R> {
  worker: Worker;
  /** Shared data this worker has been sent. */
  has: Set<string>;
  /** Sent and not answered, in the order the worker runs them: the first is running. */
  jobs: Job<T, R>[];
  error?: string;
  /** The worker has loaded its modules. */
  ready: boolean;
}

export interface WorkerSpec {
  url: URL;
  execArgv?: string[];
  workerData?: unknown;
}

/**
 * Tasks in flight per worker: the one it runs and the next, so that it never waits for the round trip to this
 * thread between two tasks. The queue stays bounded: nothing more is sent until a worker answers.
 */
const DEPTH = 2;

export class WorkerPool<T, R> {
  readonly #spec: WorkerSpec;
  readonly #slots: Slot<T, R>[] = [];
  readonly #waiting: ((slot: Slot<T, R> | undefined) => void)[] = [];
  readonly #shared = new Map<string, unknown>();
  #nextId = 0;
  #closed = false;
  #lastError: string | undefined;

  constructor(spec: WorkerSpec, size: number) {
    this.#spec = spec;
    for (let i = 0; i < size; i++) this.#add();
  }

  get size(): number {
    return this.#slots.length;
  }

  /** How many tasks the pool runs at once, counting the one queued behind each running task. */
  get capacity(): number {
    return this.#slots.length * DEPTH;
  }

  /** Data some tasks need (sent to a worker before the first such task it runs, once). */
  share(key: string, data: unknown): void {
    this.#shared.set(key, data);
  }

  /** Runs a task on the least busy worker; resolves when it is done or its worker died running it. */
  async run(task: T, shared?: string): Promise<PoolAnswer<R>> {
    const slot = this.#free() ?? (await new Promise<Slot<T, R> | undefined>((r) => this.#waiting.push(r)));
    if (!slot) return { ok: false, crash: this.#lastError ?? 'no worker could start' };
    return new Promise((resolve) => this.#send(slot, { id: this.#nextId++, task, shared, resolve }));
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const w of this.#waiting.splice(0)) w(undefined);
    await Promise.all(this.#slots.map((s) => s.worker.terminate()));
  }

  #free(): Slot<T, R> | undefined {
    let best: Slot<T, R> | undefined;
    for (const s of this.#slots) if (s.jobs.length < DEPTH && (!best || s.jobs.length < best.jobs.length)) best = s;
    return best;
  }

  #send(slot: Slot<T, R>, job: Job<T, R>): void {
    slot.jobs.push(job);
    slot.worker.ref();
    if (job.shared !== undefined && !slot.has.has(job.shared)) {
      const data = this.#shared.get(job.shared);
      slot.worker.postMessage({ type: 'shared', key: job.shared, data } satisfies ToWorker<T>);
      slot.has.add(job.shared);
    }
    slot.worker.postMessage({ type: 'task', id: job.id, task: job.task } satisfies ToWorker<T>);
  }

  /** A slot has room again: give it to a waiting caller. */
  #wake(slot: Slot<T, R>): void {
    // An idle pool must not keep the process alive.
    if (slot.jobs.length === 0) slot.worker.unref();
    while (slot.jobs.length < DEPTH && this.#waiting.length > 0) this.#waiting.shift()?.(slot);
  }

  #add(): Slot<T, R> {
    const worker = new Worker(this.#spec.url, {
      execArgv: this.#spec.execArgv,
      workerData: this.#spec.workerData,
    });
    const slot: Slot<T, R> = { worker, has: new Set(), jobs: [], ready: false };
    this.#slots.push(slot);
    worker.on('message', (m: FromWorker<R>) => {
      if (m.type === 'ready') {
        slot.ready = true;
        return;
      }
      const i = slot.jobs.findIndex((j) => j.id === m.id);
      if (i < 0) return;
      const [job] = slot.jobs.splice(i, 1);
      job?.resolve({ ok: true, value: m.value });
      this.#wake(slot);
    });
    worker.on('error', (err) => {
      slot.error = err?.message ?? String(err);
    });
    worker.on('exit', (code) => {
      if (this.#closed) return;
      this.#slots.splice(this.#slots.indexOf(slot), 1);
      const why = slot.error ?? `worker exited with code ${code}`;
      this.#lastError = why;
      const [running, ...queued] = slot.jobs;
      running?.resolve({ ok: false, crash: why });
      // A worker that died on a task is replaced; one that died before it could load its modules is not, so that
      // a broken installation ends the run instead of respawning forever.
      const fresh = slot.ready ? this.#add() : undefined;
      // The tasks queued behind the one that crashed never ran: they go to the other workers.
      for (const job of queued) {
        const other = this.#free();
        if (other) this.#send(other, job);
        else job.resolve({ ok: false, crash: why });
      }
      if (fresh) this.#wake(fresh);
      if (this.#slots.length === 0) for (const w of this.#waiting.splice(0)) w(undefined);
    });
    worker.unref();
    return slot;
  }
}
