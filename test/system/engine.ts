// Finds a Docker engine for system tests, or starts a private one, and decides what happens without one: the tests
// report themselves skipped with the reason, except under STRIDEBENCH_REQUIRE_SYSTEM_TESTS=1 (CI), where they fail.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';

export const REQUIRE_SYSTEM_TESTS = process.env.STRIDEBENCH_REQUIRE_SYSTEM_TESTS === '1';

export interface DockerResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface DockerEngine {
  /** The DOCKER_HOST the tests talk to. */
  host: string;
  version: string;
  /** True when this process started the engine (and will stop it). */
  started: boolean;
  /** For an engine this process started: dockerd's PID and the directory holding its socket, data and exec roots. */
  pid?: number;
  dir?: string;
  /** Runs the docker CLI against this engine; never throws on a non-zero exit. */
  docker(
    args: readonly string[],
    options?: { cwd?: string; env?: Record<string, string>; input?: Buffer | string },
  ): DockerResult;
  /** Stops the engine if this process started it, by its PID, and removes its directories. */
  stop(): Promise<void>;
}

function dockerCli(host: string) {
  return (
    args: readonly string[],
    options: { cwd?: string; env?: Record<string, string>; input?: Buffer | string } = {},
  ) => {
    const r = spawnSync('docker', args, {
      cwd: options.cwd,
      env: { ...process.env, DOCKER_HOST: host, ...options.env },
      input: options.input,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 300_000,
    });
    return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error ? String(r.error) : '') };
  };
}

function serverVersion(host: string): string | undefined {
  const r = dockerCli(host)(['version', '--format', '{{.Server.Version}}']);
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

function onPath(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`], { encoding: 'utf8' }).status === 0;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A reachable engine: DOCKER_HOST when set, else the default socket, else a private dockerd started under a temp
 * directory (root only; `apt-get install -y docker.io` provides dockerd) exactly as `.ci/run` starts it.
 */
export async function findDockerEngine(): Promise<{ engine: DockerEngine } | { reason: string }> {
  if (!onPath('docker')) return { reason: 'the docker CLI is not installed' };
  const given = process.env.DOCKER_HOST;
  if (given) {
    const version = serverVersion(given);
    if (version)
      return { engine: { host: given, version, started: false, docker: dockerCli(given), stop: async () => {} } };
    return { reason: `DOCKER_HOST=${given} does not answer` };
  }
  if (existsSync('/var/run/docker.sock')) {
    const host = 'unix:///var/run/docker.sock';
    const version = serverVersion(host);
    if (version) return { engine: { host, version, started: false, docker: dockerCli(host), stop: async () => {} } };
  }
  if (!onPath('dockerd'))
    return { reason: 'no engine is reachable and dockerd is not installed (apt-get install -y docker.io)' };
  if (process.getuid?.() !== 0) return { reason: 'no engine is reachable and starting dockerd needs root' };
  return startPrivateEngine();
}

/**
 * Starts a private dockerd under a temp directory (`<dir>/docker.sock`, `<dir>/data`, `<dir>/exec`), with `extraArgs`
 * after the sandbox flags (the last occurrence of a flag wins). Root only.
 */
export async function startPrivateEngine(
  extraArgs: readonly string[] = [],
): Promise<{ engine: DockerEngine } | { reason: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'sb-dockerd-'));
  const host = `unix://${dir}/docker.sock`;
  const log = join(dir, 'dockerd.log');
  const out = openSync(log, 'a');
  const child: ChildProcess = spawn(
    'dockerd',
    [
      '--iptables=false',
      '--ip-forward=false',
      '--ip-masq=false',
      '--bridge=none',
      '--storage-driver=vfs',
      '--data-root',
      join(dir, 'data'),
      '--exec-root',
      join(dir, 'exec'),
      '--pidfile',
      join(dir, 'dockerd.pid'),
      '-H',
      host,
      ...extraArgs,
    ],
    { stdio: ['ignore', out, out] },
  );
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = async () => {
    const pid = child.pid;
    if (pid !== undefined && !exited) {
      process.kill(pid, 'SIGTERM');
      for (let i = 0; i < 100 && !exited; i++) await sleep(100);
      if (!exited) process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 50 && !exited; i++) await sleep(100);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 150 && !exited; i++) {
    const version = existsSync(join(dir, 'docker.sock')) ? serverVersion(host) : undefined;
    if (version)
      return { engine: { host, version, started: true, pid: child.pid, dir, docker: dockerCli(host), stop } };
    await sleep(200);
  }
  const tail = readFileSync(log, 'utf8').split('\n').slice(-5).join(' | ');
  await stop();
  return { reason: `dockerd did not start: ${tail}` };
}

/**
 * `describe` for tests that need a Docker engine. Without one the block is reported as a skipped test whose name
 * gives the reason; with STRIDEBENCH_REQUIRE_SYSTEM_TESTS=1 it is a failing test instead.
 */
export async function describeWithDocker(title: string, body: (engine: DockerEngine) => void): Promise<void> {
  const found = await findDockerEngine();
  if ('reason' in found) {
    if (REQUIRE_SYSTEM_TESTS) {
      describe(title, () => {
        it('has a Docker engine (STRIDEBENCH_REQUIRE_SYSTEM_TESTS=1)', () => {
          throw new Error(`no Docker engine: ${found.reason}`);
        });
      });
    } else {
      describe(title, () => {
        it.skip(`needs a Docker engine: ${found.reason}`, () => {});
      });
    }
    return;
  }
  const { engine } = found;
  afterAll(() => engine.stop(), 60_000);
  describe(`${title} (Docker ${engine.version}${engine.started ? ', private dockerd' : ''})`, () => body(engine));
}
