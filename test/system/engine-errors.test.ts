// `audit --docker` against engines it cannot use: each ends with exit 2 and one clear message, never a stack trace.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from '../cli-harness.js';

/** Both streams as one text too: each message checked may go to either. */
async function cliAll(args: string[], cwd: string) {
  const r = await cli(args, cwd);
  return { ...r, all: r.stdout + r.stderr };
}

function listen<T extends NetServer | Server>(server: T, where: string | number): Promise<T> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    if (typeof where === 'number') server.listen(where, '127.0.0.1', () => resolve(server));
    else server.listen(where, () => resolve(server));
  });
}

const sockets = new Set<import('node:net').Socket>();
/** A server that accepts connections and never answers; its sockets are kept so they can be closed. */
const hang = () =>
  createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

function close(s: NetServer | Server | undefined): Promise<void> {
  for (const socket of sockets) socket.destroy();
  if (s && 'closeAllConnections' in s) s.closeAllConnections();
  return new Promise<void>((r) => (s ? s.close(() => r()) : r()));
}

/** What a user must never see: a Node stack or an internal-error banner. */
function noStack(out: string) {
  expect(out).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(out).not.toMatch(/internal error/);
}

describe('audit --docker against engines it cannot use', () => {
  let dir: string;
  let silent: NetServer;
  let plain: Server;
  let plainPort: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-engine-errors-'));
    // Accepts connections and never answers: a hung daemon.
    silent = await listen(hang(), join(dir, 'silent.sock'));
    // A plain-HTTP server on loopback, where a TLS engine was expected.
    plain = await listen(
      createHttpServer((_req, res) => res.end('{}')),
      0,
    );
    plainPort = (plain.address() as { port: number }).port;
  });

  afterAll(async () => {
    await close(silent);
    await close(plain);
    rmSync(dir, { recursive: true, force: true });
  });

  it('no socket at the path: exit 2, engine-unreachable', async () => {
    const r = await cliAll(['audit', '--docker', `unix://${dir}/none.sock`], dir);
    expect(r.code).toBe(2);
    expect(r.all).toContain(`error [engine-unreachable] unix://${dir}/none.sock: no socket at ${dir}/none.sock`);
    noStack(r.all);
  });

  it('a daemon that does not answer: exit 2 after --docker-timeout, engine-timeout', async () => {
    const started = Date.now();
    const r = await cliAll(['audit', '--docker', `unix://${dir}/silent.sock`, '--docker-timeout', '1'], dir);
    expect(r.code).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.all).toContain('[engine-timeout]');
    expect(r.all).toContain('no complete answer to /version within 1 s');
    noStack(r.all);
  });

  it('a tcp endpoint without TLS: exit 2 before any connection, engine-insecure', async () => {
    const r = await cliAll(['audit', '--docker', `tcp://127.0.0.1:${plainPort}`], dir);
    expect(r.code).toBe(2);
    expect(r.all).toContain(
      `[engine-insecure] tcp://127.0.0.1:${plainPort}: refusing to use a tcp endpoint without TLS`,
    );
    noStack(r.all);
  });

  it('TLS files given, but the endpoint speaks plain HTTP: exit 2, engine-tls', async (ctx) => {
    const openssl = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=stridebench-test', '-days', '1'].concat([
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'ca.pem'),
      ]),
      { encoding: 'utf8' },
    );
    if (openssl.status !== 0) return ctx.skip();
    const r = await cliAll(
      ['audit', '--docker', `tcp://127.0.0.1:${plainPort}`, '--tlscacert', 'ca.pem', '--docker-timeout', '5'],
      dir,
    );
    expect(r.code).toBe(2);
    expect(r.all).toContain('[engine-tls]');
    expect(r.all).toContain('does not speak TLS');
    noStack(r.all);
  });

  it('a CA file that is not a certificate: exit 2, engine-config', async () => {
    writeFileSync(join(dir, 'bad-ca.pem'), 'not a certificate\n');
    const r = await cliAll(['audit', '--docker', 'tcp://127.0.0.1:1', '--tlscacert', 'bad-ca.pem'], dir);
    expect(r.code).toBe(2);
    expect(r.all).toMatch(/\[engine-(config|tls)\]/);
    noStack(r.all);
  });

  it('a socket without permission: exit 2, engine-permission (run as nobody)', async (ctx) => {
    if (process.getuid?.() !== 0) return ctx.skip();
    const sock = join(dir, 'root-only.sock');
    const server = await listen(hang(), sock);
    try {
      chmodSync(dir, 0o755);
      chmodSync(sock, 0o600);
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'scripts', 'dev.ts'), 'audit', '--docker', `unix://${sock}`],
        {
          uid: 65534,
          gid: 65534,
          cwd: ROOT,
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', HOME: tmpdir() },
          timeout: 60_000,
        },
      );
      expect(r.status, r.stderr).toBe(2);
      const all = `${r.stdout}${r.stderr}`;
      expect(all).toContain(`[engine-permission] unix://${sock}: permission denied on ${sock}`);
      noStack(all);
    } finally {
      await close(server);
    }
  }, 90_000);
});
