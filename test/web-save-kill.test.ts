import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadModelFile } from '../src/model/load.js';

const root = join(import.meta.dirname, '..');
const sha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The server in a process of its own, so that it can be killed with SIGKILL in the middle of a save. */
async function startChild(script: string): Promise<{ child: ChildProcess; port: number; token: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => {
    out += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    err += c.toString();
  });
  const deadline = Date.now() + 60_000;
  while (!out.includes('\n')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the server did not start: ${err}`);
    await sleep(20);
  }
  const { port, token } = JSON.parse(out.split('\n')[0] as string);
  return { child, port, token };
}

function put(port: number, token: string, body: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'PUT',
        path: '/api/model',
        headers: {
          Host: `127.0.0.1:${port}`,
          'X-Stridebench-Token': token,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(-1));
      },
    );
    req.on('error', () => resolve(-1));
    req.end(body);
  });
}

describe('stridebench serve: no lost work', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sb-web-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never leaves the model truncated, empty or replaced by a temp file when killed with SIGKILL during saves', async () => {
    const project = join(dir, 'docker');
    cpSync(join(root, 'examples/docker'), project, { recursive: true });
    const model = join(project, 'threatmodel.yaml');
    const assets = join(dir, 'ui');
    mkdirSync(assets);
    writeFileSync(join(assets, 'index.html'), '<!doctype html>');
    const script = join(dir, 'serve.mts');
    writeFileSync(
      script,
      `import { startWebServer } from ${JSON.stringify(join(root, 'src/web/server.ts'))};
const s = await startWebServer({ file: ${JSON.stringify(model)}, cwd: ${JSON.stringify(dir)}, assetsDir: ${JSON.stringify(assets)}, watch: { pollMs: 60000 } });
process.stdout.write(JSON.stringify({ port: s.port, token: s.token }) + '\\n');
`,
    );
    const original = readFileSync(model, 'utf8');
    // Large texts make each write take long enough to be killed inside it.
    const versions = Array.from(
      { length: 9 },
      (_, i) => `${original}\n# save ${i}\n${`# ${String(i).repeat(100)}\n`.repeat(18_000)}`,
    );
    let killedDuringWrite = 0;
    let completed = 0;
    for (let round = 0; round < versions.length; round++) {
      const before = readFileSync(model, 'utf8');
      const next = versions[round] as string;
      const { child, port, token } = await startChild(script);
      const exited = new Promise((r) => child.once('exit', r));
      let sawTemp = false;
      const kill = () => {
        if (child.exitCode === null) child.kill('SIGKILL');
      };
      // Three ways to time the SIGKILL: the moment the temp file appears (inside its write), the moment the model file
      // itself is touched (a save that wrote in place would be caught half-written), and after a delay.
      const watcher = watch(project, (_event, name) => {
        const file = String(name);
        if (file.endsWith('.stridebench-tmp')) {
          sawTemp = true;
          if (round % 3 === 0) kill();
        }
        if (file === 'threatmodel.yaml' && round % 3 === 1) kill();
      });
      const status = put(port, token, JSON.stringify({ text: next, baseVersion: sha(before) }));
      if (round % 3 === 2) setTimeout(kill, 5 + round * 3);
      const code = await Promise.race([status, exited.then(() => -1)]);
      kill();
      await exited;
      watcher.close();

      const after = readFileSync(model, 'utf8');
      expect([sha(before), sha(next)], `round ${round}: the model is neither the old nor the new text`).toContain(
        sha(after),
      );
      if (code === 200) expect(after).toBe(next);
      if (after === next) completed++;
      const leftovers = readdirSync(project).filter((n) => n.endsWith('.stridebench-tmp'));
      if (sawTemp && after === before) killedDuringWrite += leftovers.length > 0 ? 1 : 0;
      for (const n of readdirSync(project))
        expect(
          ['threatmodel.yaml', 'app', 'compose.yaml', 'daemon.json', 'registry', 'sidecar'].includes(n) ||
            /^\.threatmodel\.yaml\.[0-9a-f]{12}\.stridebench-tmp$/.test(n),
          n,
        ).toBe(true);
      // A directory with leftovers still opens the model, never a temp file.
      const loaded = await loadModelFile(project, { today: '2026-01-15' });
      expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(loaded.model?.uri).toBe(model);
    }
    // The kills did land inside writes, and some saves did finish: both sides of the rename were exercised.
    expect(killedDuringWrite).toBeGreaterThan(0);
    expect(completed + killedDuringWrite).toBeGreaterThan(1);
  }, 240_000);
});
