// The live engine audit against one dockerd, in one run: stridebench's full engine-and-host audit (`audit --docker`,
// a fresh process each time) with no containers and with 100 created ones, its daemon-and-host part alone, and
// docker-bench-security's full run when DOCKER_BENCH_SECURITY names its script (it is not part of the project).
// Uses DOCKER_HOST or /var/run/docker.sock when an engine answers there, else starts a private dockerd (root) and
// stops it by its PID at the end. Prints JSON with --json.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import tar from 'tar-stream';

const here = import.meta.dirname;
const cli = join(here, '..', 'bin', 'stridebench.js');
const CONTAINERS = 100;
const ROUNDS = 3;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function api(socketPath, method, path, body, contentType = 'application/json') {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, method, path, headers: body ? { 'Content-Type': contentType } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed = text;
        try {
          parsed = text ? JSON.parse(text) : undefined;
        } catch {}
        resolve({ status: res.statusCode ?? 0, body: parsed });
      });
    });
    req.on('error', reject);
    req.setTimeout(120_000, () => req.destroy(new Error(`${method} ${path}: timeout`)));
    if (body) req.write(Buffer.isBuffer(body) ? body : JSON.stringify(body));
    req.end();
  });
}

async function answers(socket) {
  if (!existsSync(socket)) return undefined;
  try {
    const r = await api(socket, 'GET', '/version');
    return r.status === 200 ? r.body.Version : undefined;
  } catch {
    return undefined;
  }
}

/** An engine to measure against: the one DOCKER_HOST or the standard socket names, or a private one. */
async function engine() {
  const given = process.env.DOCKER_HOST;
  if (given?.startsWith('unix://')) {
    const socket = given.slice('unix://'.length);
    const version = await answers(socket);
    if (version) return { socket, version, started: false, stop: async () => {} };
    return { reason: `DOCKER_HOST=${given} does not answer` };
  }
  if (given) return { reason: `DOCKER_HOST=${given}: the benchmark talks to a unix socket only` };
  const version = await answers('/var/run/docker.sock');
  if (version) return { socket: '/var/run/docker.sock', version, started: false, stop: async () => {} };
  if (spawnSync('sh', ['-c', 'command -v dockerd']).status !== 0)
    return { reason: 'no engine answers and dockerd is not installed' };
  if (process.getuid?.() !== 0) return { reason: 'no engine answers and starting dockerd needs root' };
  const dir = mkdtempSync(join(tmpdir(), 'sb-bench-dockerd-'));
  const socket = join(dir, 'docker.sock');
  const child = spawn(
    'dockerd',
    [
      ...['--iptables=false', '--ip-forward=false', '--ip-masq=false', '--bridge=none', '--storage-driver=vfs'],
      ...['--data-root', join(dir, 'data'), '--exec-root', join(dir, 'exec'), '--pidfile', join(dir, 'dockerd.pid')],
      ...['-H', `unix://${socket}`],
    ],
    { stdio: 'ignore' },
  );
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (!exited && child.pid !== undefined) {
      process.kill(child.pid, 'SIGTERM');
      for (let i = 0; i < 100 && !exited; i++) await sleep(100);
      if (!exited) process.kill(child.pid, 'SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 150 && !exited; i++) {
    const v = await answers(socket);
    if (v) return { socket, version: v, started: true, stop };
    await sleep(200);
  }
  await stop();
  return { reason: 'dockerd did not start' };
}

/** A root file system with a static busybox as sh and sleep, for `docker import`. */
async function busyboxTar() {
  const pack = tar.pack();
  const chunks = [];
  const done = (async () => {
    for await (const c of pack) chunks.push(c);
  })();
  const entry = (header, body) =>
    new Promise((resolve, reject) =>
      body === undefined
        ? pack.entry(header, (e) => (e ? reject(e) : resolve()))
        : pack.entry(header, body, (e) => (e ? reject(e) : resolve())),
    );
  await entry({ name: 'bin/', type: 'directory', mode: 0o755 });
  await entry({ name: 'bin/busybox', mode: 0o755 }, readFileSync('/bin/busybox'));
  for (const applet of ['sh', 'sleep']) await entry({ name: `bin/${applet}`, type: 'symlink', linkname: 'busybox' });
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

/** Wall time of a command, the median of `rounds` runs. */
function time(command, args, env, rounds = ROUNDS) {
  const runs = [];
  let last;
  for (let i = 0; i < rounds; i++) {
    const t0 = process.hrtime.bigint();
    last = spawnSync(command, args, {
      env: { ...process.env, ...env },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  runs.sort((a, b) => a - b);
  return { ms: Math.round(runs[Math.floor(runs.length / 2)]), result: last };
}

/** stridebench's full audit of the engine and its host: `audit --docker`, JSON out. */
function stridebench(host) {
  const t = time(process.execPath, [cli, 'audit', '--docker', host, '--format', 'json'], {});
  let out;
  try {
    out = JSON.parse(t.result.stdout);
  } catch {
    return { error: (t.result.stderr || t.result.stdout).trim().split('\n')[0] };
  }
  return {
    ms: t.ms,
    checks: out.checks.length,
    findings: out.findings.length,
    kinds: [...new Set(out.inputs.map((i) => i.kind))].sort().join('+'),
  };
}

/** The daemon and host part alone (CIS sections 1 to 3), through the library, in a fresh process. */
function daemonAndHost(socket) {
  const script = `
    import { request } from 'node:http';
    const get = (path) => new Promise((resolve, reject) => request({ socketPath: ${JSON.stringify(socket)}, path }, (res) => {
      const c = []; res.on('data', (d) => c.push(d)); res.on('end', () => resolve({ status: res.statusCode, body: JSON.parse(Buffer.concat(c).toString() || 'null') }));
    }).on('error', reject).end());
    const { auditDaemon } = await import(${JSON.stringify(join(here, '..', 'dist', 'rules', 'daemon', 'audit.js'))});
    const info = await get('/info');
    const bridge = await get('/networks/bridge');
    const r = await auditDaemon({ info: info.body, bridge: bridge.status === 404 ? null : bridge.body, endpoint: 'unix://${socket}' });
    process.stdout.write(JSON.stringify({ checks: r.checks.length, findings: r.findings.length }));
  `;
  const t = time(process.execPath, ['--input-type=module', '-e', script], {});
  try {
    return { ms: t.ms, ...JSON.parse(t.result.stdout) };
  } catch {
    return { error: (t.result.stderr || '').trim().split('\n').slice(-1)[0] };
  }
}

/** docker-bench-security's full run, once (it takes tens of seconds). */
function dockerBench(host) {
  const script = process.env.DOCKER_BENCH_SECURITY;
  if (!script) return { skipped: 'DOCKER_BENCH_SECURITY is not set (the path of docker-bench-security.sh)' };
  if (!existsSync(script)) return { skipped: `DOCKER_BENCH_SECURITY=${script} does not exist` };
  const log = join(mkdtempSync(join(tmpdir(), 'sb-bench-db-')), 'docker-bench.log');
  const t0 = process.hrtime.bigint();
  const r = spawnSync('sh', [script, '-l', log], {
    cwd: dirname(script),
    env: { ...process.env, DOCKER_HOST: host },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
  rmSync(dirname(log), { recursive: true, force: true });
  return r.status === 0 ? { ms } : { ms, exit: r.status, error: (r.stderr || '').trim().split('\n').slice(-1)[0] };
}

async function main() {
  const e = await engine();
  if (e.reason) return { skipped: e.reason };
  const host = `unix://${e.socket}`;
  const created = [];
  let image;
  try {
    const rows = [];
    const measure = (containers) => ({
      containers,
      stridebench: stridebench(host),
      daemonAndHost: daemonAndHost(e.socket),
      dockerBench: dockerBench(host),
    });
    rows.push(measure(0));
    const repo = `stridebench-bench-${process.pid}`;
    const imported = await api(
      e.socket,
      'POST',
      `/images/create?fromSrc=-&repo=${repo}&tag=1`,
      await busyboxTar(),
      'application/x-tar',
    );
    if (imported.status !== 200) throw new Error(`docker import: ${JSON.stringify(imported.body)}`);
    image = `${repo}:1`;
    for (let i = 0; i < CONTAINERS; i++) {
      // created, never started; every tenth one privileged, so the audit has something to find
      const r = await api(e.socket, 'POST', `/containers/create?name=${repo}-${i}`, {
        Image: image,
        Cmd: ['sleep', '1000'],
        HostConfig: i % 10 === 0 ? { Privileged: true } : { ReadonlyRootfs: true, CapDrop: ['ALL'] },
      });
      if (r.status !== 201) throw new Error(`create: ${JSON.stringify(r.body)}`);
      created.push(r.body.Id);
    }
    rows.push(measure(CONTAINERS));
    return { engine: e.version, privateEngine: e.started, rounds: ROUNDS, rows };
  } finally {
    for (const id of created) await api(e.socket, 'DELETE', `/containers/${id}?force=1`).catch(() => {});
    if (image) await api(e.socket, 'DELETE', `/images/${encodeURIComponent(image)}?force=1`).catch(() => {});
    await e.stop();
  }
}

const result = await main();
if (process.argv.includes('--json')) process.stdout.write(`${JSON.stringify(result)}\n`);
else console.log(JSON.stringify(result, null, 2));
