import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerPool } from './pool.js';

// A worker that doubles numbers, dies on `exit`, throws outside any task on `throw`, and shares data by key.
const WORKER = `
import { parentPort } from 'node:worker_threads';
const shared = new Map();
parentPort.on('message', (m) => {
  if (m.type === 'shared') return void shared.set(m.key, m.data);
  if (m.task === 'exit') process.exit(7);
  if (m.task === 'throw') setTimeout(() => { throw new Error('boom outside a task'); });
  else parentPort.postMessage({ type: 'done', id: m.id, value: typeof m.task === 'number' ? m.task * 2 : shared.get(m.task) });
});
parentPort.postMessage({ type: 'ready' });
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'stridebench-pool-'));
  writeFileSync(join(dir, 'worker.mjs'), WORKER);
  writeFileSync(join(dir, 'broken.mjs'), "import './missing.mjs';\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WorkerPool', () => {
  it('runs tasks on every worker and answers each task', async () => {
    const pool = new WorkerPool<number, number>({ url: pathToFileURL(join(dir, 'worker.mjs')) }, 2);
    const answers = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.run(n)));
    await pool.close();
    expect(answers).toEqual([2, 4, 6, 8, 10].map((value) => ({ ok: true, value })));
  });

  it('fails only the task whose worker died, and goes on with a fresh worker', async () => {
    const pool = new WorkerPool<number | string, number>({ url: pathToFileURL(join(dir, 'worker.mjs')) }, 1);
    expect(await pool.run(1)).toEqual({ ok: true, value: 2 });
    const answers = await Promise.all([pool.run('exit'), pool.run(3), pool.run('throw'), pool.run(4)]);
    await pool.close();
    expect(answers).toEqual([
      { ok: false, crash: 'worker exited with code 7' },
      { ok: true, value: 6 },
      { ok: false, crash: 'boom outside a task' },
      { ok: true, value: 8 },
    ]);
    expect(pool.size).toBe(1);
  });

  it('sends shared data once to each worker that needs it', async () => {
    const pool = new WorkerPool<string, unknown>({ url: pathToFileURL(join(dir, 'worker.mjs')) }, 2);
    pool.share('parts', { objects: ['a', 'b'] });
    const answers = await Promise.all(['parts', 'parts', 'parts'].map((k) => pool.run(k, k)));
    await pool.close();
    expect(answers).toEqual(Array(3).fill({ ok: true, value: { objects: ['a', 'b'] } }));
  });

  it('ends with a crash answer, not a respawn loop, when no worker can start', async () => {
    const pool = new WorkerPool<number, number>({ url: pathToFileURL(join(dir, 'broken.mjs')) }, 2);
    const answers = await Promise.all([1, 2, 3].map((n) => pool.run(n)));
    await pool.close();
    expect(answers.every((a) => !a.ok && /missing\.mjs/.test(a.crash))).toBe(true);
    expect(pool.size).toBe(0);
  });
});
