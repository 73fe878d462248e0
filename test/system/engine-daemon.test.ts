// The daemon and host audit against real dockerd processes, each started on a private socket with its own data
// root, exec root and daemon.json (`--config-file`): one with the sandbox flags and a careless daemon.json, one
// hardened (TLS on tcp, live restore, no-new-privileges, no userland proxy, remote logging, a custom seccomp
// profile). The audit is given only what the Engine API says (`/info`, `/networks/bridge`) and the endpoint: it must
// find each daemon's command line in /proc, its daemon.json, and the socket, containerd socket, data root and TLS
// files that daemon really uses, none of them at a default path.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../src/rules/audit.js';
import { auditDaemon, type DaemonFacts } from '../../src/rules/daemon/audit.js';
import { type DockerEngine, REQUIRE_SYSTEM_TESTS, startPrivateEngine } from './engine.js';

const onPath = (program: string) => spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;

/** A GET on the engine's unix socket: what the engine client gives the daemon audit. */
function engineGet(socketPath: string, path: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ socketPath, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

async function engineFacts(engine: DockerEngine): Promise<DaemonFacts> {
  const socket = engine.host.slice('unix://'.length);
  const info = await engineGet(socket, '/info');
  const bridge = await engineGet(socket, '/networks/bridge');
  return {
    info: info.body as Record<string, unknown>,
    bridge: bridge.status === 404 ? null : (bridge.body as { Options?: Record<string, string> }),
    endpoint: engine.host,
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** A CA and a server certificate for 127.0.0.1, made with openssl. */
function makeTls(dir: string): { ca: string; cert: string; key: string } | undefined {
  if (!onPath('openssl')) return undefined;
  const sh = (cmd: string) => spawnSync('sh', ['-c', cmd], { cwd: dir, encoding: 'utf8' }).status === 0;
  const ok =
    sh('openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days 1 -subj /CN=sb-ca') &&
    sh('openssl req -newkey rsa:2048 -nodes -keyout key.pem -out server.csr -subj /CN=localhost') &&
    sh("printf 'subjectAltName=IP:127.0.0.1\\n' > ext.cnf") &&
    sh(
      'openssl x509 -req -in server.csr -CA ca.pem -CAkey ca-key.pem -CAcreateserial -out cert.pem -days 1 -extfile ext.cnf',
    );
  return ok ? { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') } : undefined;
}

const why = !onPath('dockerd')
  ? 'dockerd is not installed (apt-get install -y docker.io)'
  : process.getuid?.() !== 0
    ? 'starting a private dockerd needs root'
    : undefined;

function unavailable(title: string, reason: string) {
  describe(title, () => {
    if (REQUIRE_SYSTEM_TESTS)
      it('has a private dockerd (STRIDEBENCH_REQUIRE_SYSTEM_TESTS=1)', () => {
        throw new Error(reason);
      });
    else it.skip(`needs a private dockerd: ${reason}`, () => {});
  });
}

const check = (r: AuditResult, id: string) => r.checks.find((c) => c.ruleId === id);
const findings = (r: AuditResult, id: string) => r.findings.filter((f) => f.ruleId === id);

if (why) unavailable('daemon and host audit of real dockerd processes', why);
else {
  describe('a dockerd with the sandbox flags and a careless daemon.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-daemon-plain-'));
    const config = join(dir, 'daemon.json');
    writeFileSync(
      config,
      '{\n  "insecure-registries": ["registry.internal:5000"],\n  "experimental": true,\n  "log-level": "debug"\n}\n',
    );
    chmodSync(config, 0o666);
    let engine: DockerEngine;
    let r: AuditResult;
    let exe: string;
    beforeAll(async () => {
      const started = await startPrivateEngine(['--config-file', config]);
      if ('reason' in started) throw new Error(started.reason);
      engine = started.engine;
      const root = engine.dir as string;
      // bad modes on the sockets this daemon really uses, none of which is at a default path
      chmodSync(join(root, 'docker.sock'), 0o666);
      chmodSync(join(root, 'exec/containerd/containerd.sock'), 0o666);
      // an audit rule on the binary this dockerd runs (Debian installs it in /usr/sbin, not docker-bench's /usr/bin)
      exe = readlinkSync(`/proc/${engine.pid}/exe`);
      r = await auditDaemon(await engineFacts(engine), '/', { auditctl: `-w ${exe} -p x -k docker\n` });
    }, 60_000);
    afterAll(async () => {
      await engine?.stop();
      rmSync(dir, { recursive: true, force: true });
    }, 60_000);

    it("finds the daemon's command line in /proc and reads the daemon.json it names", () => {
      expect(r.diagnostics.filter((d) => d.severity === 'error' || d.code === 'daemon-command-unknown')).toEqual([]);
      expect(r.inputs.map((i) => i.kind)).toEqual(['daemon', 'host']);
      // --iptables=false comes from the command line: a live flag has a logical place, not an invented line
      expect(findings(r, 'DM004').map((f) => [f.logicalLocation, f.location, f.evidence])).toEqual([
        [{ kind: 'daemon', name: 'dockerd', path: 'iptables' }, undefined, '--iptables=false'],
      ]);
    });

    it('reports the daemon.json settings at their exact spans', () => {
      const at = (id: string) => findings(r, id).map((f) => f.location);
      expect(at('DM005')).toEqual([{ uri: config, startLine: 2, startColumn: 27, endLine: 2, endColumn: 51 }]);
      expect(at('DM018')).toEqual([{ uri: config, startLine: 3, startColumn: 3, endLine: 3, endColumn: 23 }]);
      expect(at('DM003')).toEqual([{ uri: config, startLine: 4, startColumn: 3, endLine: 4, endColumn: 23 }]);
    });

    it('skips icc: --bridge=none leaves no default bridge (docker-bench warns)', () => {
      expect(check(r, 'DM002')).toMatchObject({
        state: 'skipped',
        message: expect.stringMatching(/no default bridge/),
      });
    });

    it('judges the socket, containerd socket, data root and daemon.json the daemon really uses', () => {
      const root = engine.dir as string;
      const names = (id: string) => findings(r, id).map((f) => f.logicalLocation?.name);
      expect(names('HO034')).toEqual([join(root, 'docker.sock')]);
      expect(names('HO042')).toEqual([join(root, 'exec/containerd/containerd.sock')]);
      expect(names('HO036')).toEqual([config]);
      expect(findings(r, 'HO036')[0]?.location?.uri).toBe(config);
      // dockerd bind-mounts its data root onto itself; it is still the root file system (docker-bench passes 1.1.1)
      expect(names('HO001')).toEqual([join(root, 'data')]);
      expect(names('HO005')).toEqual([join(root, 'data')]);
      expect(names('HO008')).toEqual([join(root, 'exec/containerd/containerd.sock')]);
      expect(names('HO011')).toEqual([config]);
      // the dockerd binary the process runs is watched by the audit rule given
      expect(check(r, 'HO003')?.state).toBe('pass');
      expect(exe).toMatch(/dockerd$/);
    });

    it('skips the unit files of a host where systemd does not start dockerd', () => {
      if (spawnSync('test', ['-d', '/run/systemd/system']).status === 0) return;
      for (const id of ['HO007', 'HO009', 'HO019', 'HO020', 'HO021', 'HO022'])
        expect(check(r, id)).toMatchObject({
          state: 'skipped',
          message: expect.stringMatching(/systemd is not running/),
        });
    });
  });

  describe('a hardened dockerd', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-daemon-hard-'));
    const config = join(dir, 'daemon.json');
    const seccomp = join(dir, 'seccomp.json');
    writeFileSync(seccomp, '{ "defaultAction": "SCMP_ACT_ALLOW", "syscalls": [] }\n');
    writeFileSync(
      config,
      `${JSON.stringify({ 'log-driver': 'syslog', 'log-opts': { 'syslog-address': 'udp://127.0.0.1:514' }, 'seccomp-profile': seccomp }, null, 2)}\n`,
    );
    const tls = makeTls(dir);
    let engine: DockerEngine;
    let r: AuditResult;
    beforeAll(async () => {
      const tcp = tls
        ? [
            '-H',
            `tcp://127.0.0.1:${await freePort()}`,
            '--tlsverify',
            '--tlscacert',
            tls.ca,
            '--tlscert',
            tls.cert,
            '--tlskey',
            tls.key,
          ]
        : [];
      if (tls) chmodSync(tls.ca, 0o644);
      const started = await startPrivateEngine([
        '--config-file',
        config,
        '--live-restore',
        '--no-new-privileges',
        '--userland-proxy=false',
        '--log-level=info',
        '--default-ulimit',
        'nofile=1024:2048',
        ...tcp,
      ]);
      if ('reason' in started) throw new Error(started.reason);
      engine = started.engine;
      r = await auditDaemon(await engineFacts(engine), '/');
    }, 60_000);
    afterAll(async () => {
      await engine?.stop();
      rmSync(dir, { recursive: true, force: true });
    }, 60_000);

    it('passes each hardening setting, read from the flags, daemon.json and docker info', () => {
      for (const id of ['DM003', 'DM005', 'DM006', 'DM007', 'DM013', 'DM014', 'DM015', 'DM016', 'DM017', 'DM018'])
        expect(check(r, id)?.state, id).toBe('pass');
      expect(check(r, 'DM008')).toMatchObject({ state: 'manual', message: expect.stringMatching(/nofile=1024:2048/) });
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });

    it('judges the TLS files the daemon was started with', () => {
      if (!tls) return;
      // openssl writes the key 0600 (CIS wants 400) and the CA was left 0644 (CIS wants 444)
      expect(findings(r, 'HO032').map((f) => f.logicalLocation)).toEqual([
        { kind: 'host', name: tls.key, path: 'mode' },
      ]);
      expect(findings(r, 'HO028').map((f) => f.logicalLocation)).toEqual([
        { kind: 'host', name: tls.ca, path: 'mode' },
      ]);
      for (const id of ['HO027', 'HO029', 'HO031']) expect(check(r, id)?.state, id).toBe('pass');
    });
  });
}
