// `audit --host-root <dir>`: a Docker host's file system mounted elsewhere (as when stridebench runs in a container),
// built here from real files with bad owners and modes. dockerd's command line comes from the host's own systemd
// units (a drop-in replacing ExecStart), so the data root, TLS files and sockets judged are the ones that command
// line and daemon.json name, and absolute links (/var/run -> /run) resolve inside the host root.
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli-harness.js';

const root = mkdtempSync(join(tmpdir(), 'sb-host-root-'));
const isRoot = process.getuid?.() === 0;
const servers: Server[] = [];

function file(path: string, content: string, mode: number, owner?: [number, number]) {
  const p = join(root, path);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, content);
  chmodSync(p, mode);
  if (owner && isRoot) chownSync(p, owner[0], owner[1]);
}

/** A real unix socket (a listening server), with a mode and an owner. */
function socket(path: string, mode: number, owner?: [number, number]): Promise<void> {
  const p = join(root, path);
  mkdirSync(dirname(p), { recursive: true });
  return new Promise((resolve) => {
    const server = createServer();
    servers.push(server);
    server.listen(p, () => {
      chmodSync(p, mode);
      if (owner && isRoot) chownSync(p, owner[0], owner[1]);
      resolve();
    });
  });
}

describe('audit --host-root on a host file system with bad owners and modes', () => {
  let out: {
    findings: { ruleId: string; logicalLocation?: { name: string; path?: string }; location?: { uri: string } }[];
    checks: { ruleId: string; state: string; message?: string }[];
    diagnostics: { code: string; severity: string }[];
  };
  let code: number;

  beforeAll(async () => {
    file(
      'etc/passwd',
      'root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\nbob:x:1001:999::/home/bob:/bin/bash\n',
      0o644,
    );
    file('etc/group', 'root:x:0:\ndocker:x:999:alice\nalice:x:1000:\n', 0o644);
    mkdirSync(join(root, 'run/systemd/system'), { recursive: true });
    mkdirSync(join(root, 'var'), { recursive: true });
    // absolute, as on every host: it must resolve inside the host root
    symlinkSync('/run', join(root, 'var/run'));
    file(
      'lib/systemd/system/docker.service',
      '[Service]\nExecStart=/usr/bin/dockerd -H fd:// --containerd=/run/containerd/containerd.sock\n',
      0o664,
    );
    file(
      'etc/systemd/system/docker.service.d/override.conf',
      '[Service]\nExecStart=\nExecStart=/usr/bin/dockerd -H fd:// -H tcp://0.0.0.0:2376 --data-root /srv/docker\n',
      0o644,
    );
    file('lib/systemd/system/docker.socket', '[Socket]\nListenStream=/run/docker.sock\nSocketGroup=docker\n', 0o644);
    file(
      'etc/docker/daemon.json',
      `${JSON.stringify(
        {
          tlsverify: true,
          tlscacert: '/etc/docker/tls/ca.pem',
          tlscert: '/etc/docker/tls/cert.pem',
          tlskey: '/etc/docker/tls/key.pem',
          icc: false,
          'live-restore': true,
        },
        null,
        2,
      )}\n`,
      0o666,
      [1000, 1000],
    );
    // the seed's example: the CA must be owned by root:root and not writable by others
    file('etc/docker/tls/ca.pem', 'CA\n', 0o666, [1000, 1000]);
    file('etc/docker/tls/cert.pem', 'CERT\n', 0o444);
    file('etc/docker/tls/key.pem', 'KEY\n', 0o644);
    file('etc/docker/certs.d/registry.example:5000/ca.crt', 'CA\n', 0o644);
    file('usr/bin/dockerd', '', 0o755);
    file(
      'etc/audit/rules.d/docker.rules',
      '-w /usr/bin/dockerd -k docker\n-w /var/run/docker.sock -k docker\n-w /srv/docker -p rwxa -k docker\n',
      0o640,
    );
    mkdirSync(join(root, 'srv/docker'), { recursive: true });
    chmodSync(join(root, 'etc/docker'), 0o755);
    await socket('run/docker.sock', 0o666, [0, 999]);
    await socket('run/containerd/containerd.sock', 0o660, [1000, 0]);
    const r = await cli(['audit', '--host-root', root, '--format', 'json', '--trusted-docker-user', 'alice'], root);
    code = r.code;
    out = JSON.parse(r.stdout);
  }, 60_000);

  afterAll(() => {
    for (const s of servers) s.close();
    rmSync(root, { recursive: true, force: true });
  });

  const names = (id: string) => out.findings.filter((f) => f.ruleId === id).map((f) => f.logicalLocation?.name);
  const state = (id: string) => out.checks.find((c) => c.ruleId === id)?.state;

  it('takes the command line from the drop-in that replaces the unit ExecStart', () => {
    expect(code).toBe(0);
    expect(out.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // tcp with tlsverify: passes; icc false and live-restore from daemon.json
    expect(state('DM007')).toBe('pass');
    expect(state('DM002')).toBe('pass');
    expect(state('DM015')).toBe('pass');
  });

  it('judges the TLS files daemon.json names', () => {
    expect(names('HO028')).toEqual(['/etc/docker/tls/ca.pem']);
    expect(names('HO032')).toEqual(['/etc/docker/tls/key.pem']);
    expect(state('HO030')).toBe('pass');
    if (isRoot) {
      expect(names('HO027')).toEqual(['/etc/docker/tls/ca.pem']);
      expect(state('HO029')).toBe('pass');
    }
  });

  it('judges daemon.json, the unit files, the registry certificates and the sockets', () => {
    expect(names('HO036')).toEqual(['/etc/docker/daemon.json']);
    expect(out.findings.find((f) => f.ruleId === 'HO036')?.location?.uri).toBe('/etc/docker/daemon.json');
    expect(names('HO020')).toEqual(['/lib/systemd/system/docker.service']);
    expect(names('HO026')).toEqual(['/etc/docker/certs.d/registry.example:5000/ca.crt']);
    // fd:// is the docker.socket unit's ListenStream
    expect(names('HO034')).toEqual(['/run/docker.sock']);
    if (isRoot) {
      expect(names('HO035')).toEqual(['/etc/docker/daemon.json']);
      expect(names('HO041')).toEqual(['/run/containerd/containerd.sock']);
      expect(state('HO033')).toBe('pass');
    }
  });

  it('reads the audit rules under the host root, through its links, at the real data root', () => {
    expect(state('HO003')).toBe('pass');
    expect(state('HO005')).toBe('pass');
    expect(names('HO008')).toEqual(['/run/containerd/containerd.sock']);
    expect(names('HO006')).toEqual(['/etc/docker']);
  });

  it('reads the docker group from the host, primary-group members included', () => {
    expect(out.findings.filter((f) => f.ruleId === 'HO002').map((f) => f.logicalLocation?.path)).toEqual([
      'docker/bob',
    ]);
  });

  it('exits 2 with a clear message for a host root that is not there', async () => {
    const r = await cli(['audit', '--host-root', join(root, 'nowhere')], root);
    expect(r.code).toBe(2);
    expect(r.stderr + r.stdout).toMatch(/--host-root .*nowhere: not a readable directory/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
