// The engine audit against a real dockerd: containers created (not started) with known risky settings, and a
// running hardened one, from a tiny image imported offline (Debian's static busybox). Each risky setting must be
// found at its inspect field, the hardened container must pass, and the CIS view must say so control by control.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tar from 'tar-stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cli } from '../cli-harness.js';
import { describeWithDocker, REQUIRE_SYSTEM_TESTS } from './engine.js';

const BUSYBOX = '/bin/busybox';

/** `cli` with environment variables set for the run, and restored after it. */
async function cliWithEnv(args: string[], cwd: string, env: Record<string, string | undefined>) {
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) {
    saved[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return await cli(args, cwd);
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** A root file system with a static busybox as sh and sleep: enough to run `sleep` and a health check. */
async function rootfs(): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of pack as AsyncIterable<Buffer>) chunks.push(c);
  })();
  const entry = (header: Parameters<typeof pack.entry>[0], body?: Buffer | string) =>
    new Promise<void>((resolve, reject) => {
      const done = (e?: Error | null) => (e ? reject(e) : resolve());
      if (body === undefined) pack.entry(header, done);
      else pack.entry(header, body, done);
    });
  for (const d of ['bin/', 'etc/', 'tmp/']) await entry({ name: d, type: 'directory', mode: 0o755 });
  await entry({ name: 'bin/busybox', mode: 0o755 }, readFileSync(BUSYBOX));
  for (const applet of ['sh', 'sleep', 'true'])
    await entry({ name: `bin/${applet}`, type: 'symlink', linkname: 'busybox' });
  await entry({ name: 'etc/passwd', mode: 0o644 }, 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/tmp:/bin/sh\n');
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

interface JsonAudit {
  inputs: { target: string; kind: string }[];
  findings: { ruleId: string; logicalLocation?: { kind: string; name: string; path?: string }; message: string }[];
  checks: { ruleId: string; target: string; state: string }[];
  diagnostics: { code: string; severity: string; message: string }[];
  benchmark?: {
    level: number;
    score: number | null;
    controls: { section: string; state: string; rules: string[]; reason?: string }[];
  };
}

await describeWithDocker('engine audit of containers on a real dockerd', (engine) => {
  const id = randomBytes(4).toString('hex');
  const p = `sbe${id}`;
  const image = `${p}-img:1`;
  const names = ['priv', 'caps', 'hostns', 'sock', 'seccomp', 'plain', 'hard'].map((n) => `${p}-${n}`);
  let dir: string;
  let audit: JsonAudit;
  const at = (name: string, ruleId: string) =>
    audit.findings
      .filter((f) => f.ruleId === ruleId && f.logicalLocation?.name === `${p}-${name}`)
      .map((f) => f.logicalLocation?.path ?? '');
  const docker = (args: string[]) => {
    const r = engine.docker(args, { cwd: dir });
    expect(r.status, `docker ${args.join(' ')}: ${r.stderr}`).toBe(0);
    return r.stdout.trim();
  };

  beforeAll(async () => {
    // The image has no libc: only a statically linked busybox runs in it.
    if (!existsSync(BUSYBOX) || readFileSync(BUSYBOX).subarray(0, 4096).includes('ld-linux'))
      throw new Error(
        `${BUSYBOX} is missing or not static: apt-get install busybox-static (the test image is built from it)`,
      );
    dir = mkdtempSync(join(tmpdir(), 'sb-engine-'));
    writeFileSync(join(dir, 'rootfs.tar'), await rootfs());
    docker(['import', '-c', 'CMD ["/bin/sleep", "3600"]', 'rootfs.tar', image]);
    // Only paths under the temp dir are bound; the "socket" is a plain file where a daemon socket would be.
    mkdirSync(join(dir, 'run'));
    writeFileSync(join(dir, 'run', 'docker.sock'), '');
    docker(['create', '--name', `${p}-priv`, '--privileged', image]);
    docker(['create', '--name', `${p}-caps`, '--cap-add', 'NET_RAW', '--cap-add', 'SYS_ADMIN', image]);
    docker(['create', '--name', `${p}-hostns`, '--pid', 'host', '--network', 'host', image]);
    docker(['create', '--name', `${p}-sock`, '-v', `${join(dir, 'run', 'docker.sock')}:/var/run/docker.sock`, image]);
    docker(['create', '--name', `${p}-seccomp`, '--security-opt', 'seccomp=unconfined', image]);
    docker(['create', '--name', `${p}-plain`, image]);
    docker([
      'run',
      '-d',
      '--name',
      `${p}-hard`,
      '--user',
      '1000:1000',
      '--cap-drop',
      'ALL',
      '--read-only',
      '--security-opt',
      'no-new-privileges',
      '--memory',
      '64m',
      '--memory-reservation',
      '32m',
      '--pids-limit',
      '64',
      '--cpus',
      '0.5',
      '--cpu-shares',
      '512',
      '--restart',
      'on-failure:5',
      '--network',
      'none',
      '--health-cmd',
      '/bin/true',
      '--health-interval',
      '30s',
      image,
    ]);
    const r = await cliWithEnv(['audit', '--docker', engine.host, '--include-container', `${p}-*`, '-f', 'json'], dir, {
      DOCKER_CONTENT_TRUST: '1',
    });
    expect(r.stderr).toBe('');
    audit = JSON.parse(r.stdout) as JsonAudit;
  }, 120_000);

  afterAll(() => {
    if (!dir) return;
    engine.docker(['rm', '-f', ...names]);
    engine.docker(['rmi', '-f', image]);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('audits every container, created or running, and the image', () => {
    expect(audit.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(audit.inputs.filter((i) => i.kind === 'runtime').map((i) => i.target)).toEqual(
      [...names].sort().map((n) => `container:${n}`),
    );
    expect(audit.inputs).toContainEqual({ target: `image:${image}`, kind: 'image' });
    expect(audit.inputs[0]?.kind).toBe('engine');
  });

  it('finds privileged, and the seccomp filter and device cgroup that privileged turns off', () => {
    expect(at('priv', 'RT001')).toEqual(['HostConfig.Privileged']);
    expect(at('priv', 'RT033')).toEqual(['HostConfig.Privileged']);
    expect(at('priv', 'RT026')).toEqual(['HostConfig.Privileged']);
    // Docker itself adds label=disable to a privileged container: it is not an SELinux option that passes 5.3.
    expect(at('priv', 'EN002')).toEqual(['HostConfig.SecurityOpt[0]']);
  });

  it('finds the added capabilities NET_RAW and SYS_ADMIN', () => {
    expect(at('caps', 'RT009')).toEqual(['HostConfig.CapAdd[0]']);
    expect(at('caps', 'RT011')).toEqual(['HostConfig.CapAdd[1]']);
    expect(at('caps', 'RT010')).toEqual(['HostConfig.CapAdd[0]', 'HostConfig.CapAdd[1]']);
  });

  it("finds the host's PID and network namespaces", () => {
    expect(at('hostns', 'RT014')).toEqual(['HostConfig.PidMode']);
    expect(at('hostns', 'RT013')).toEqual(['HostConfig.NetworkMode']);
  });

  it('finds the docker.sock bind mount', () => {
    expect(at('sock', 'RT021')).toEqual(['Mounts[0]']);
  });

  it('finds seccomp unconfined', () => {
    expect(at('seccomp', 'RT033')).toEqual(['HostConfig.SecurityOpt[0]']);
  });

  it('finds no memory limit, a writable root, restart policy no and no PIDs limit', () => {
    expect(at('plain', 'RT027')).toEqual(['HostConfig.Memory']);
    expect(at('plain', 'RT032')).toEqual(['HostConfig.ReadonlyRootfs']);
    expect(at('plain', 'EN004')).toEqual(['HostConfig.RestartPolicy.Name']);
    expect(at('plain', 'RT031')).toEqual(['HostConfig.PidsLimit']);
    expect(at('plain', 'RT003')).toEqual(['Config.User']);
  });

  it('passes the running hardened container', () => {
    const hard = audit.findings.filter((f) => f.logicalLocation?.name === `${p}-hard`).map((f) => f.ruleId);
    // An imported image has no registry digest to pin it by; nothing else may be reported.
    expect(hard).toEqual(['RT043']);
    const failed = audit.checks.filter((c) => c.target === `container:${p}-hard` && c.state === 'fail');
    expect(failed.map((c) => c.ruleId)).toEqual(['RT043']);
  });

  it('reports each CIS control once, with the rules that decided it', () => {
    const control = (s: string) => audit.benchmark?.controls.find((c) => c.section === s);
    for (const s of ['5.3', '5.4', '5.5', '5.10', '5.11', '5.13', '5.15', '5.16', '5.22', '5.32'])
      expect(control(s)?.state, s).toBe('fail');
    expect(control('5.5')?.rules).toEqual(['RT001']);
    expect(control('4.5')?.state).toBe('pass');
    expect(control('5.7')?.state).toBe('pass');
    expect(control('5.23')?.state).toBe('pass');
    expect(control('4.4')?.state).toBe('manual');
    expect(typeof audit.benchmark?.score).toBe('number');
  });

  it('applies --level 1, --exclude and --exclude-container', async () => {
    const r = await cli(
      [
        'audit',
        '--docker',
        engine.host,
        '--include-container',
        `${p}-*`,
        '--exclude-container',
        `${p}-priv`,
        '--level',
        '1',
        '--exclude',
        '5.4,RT043',
        '-f',
        'json',
      ],
      dir,
    );
    const a = JSON.parse(r.stdout) as JsonAudit;
    expect(a.inputs.map((i) => i.target)).not.toContain(`container:${p}-priv`);
    expect(a.benchmark?.level).toBe(1);
    const sections = a.benchmark?.controls.map((c) => c.section) ?? [];
    expect(sections).not.toContain('5.3');
    expect(sections).not.toContain('5.4');
    expect(sections).toContain('5.5');
    const rules = new Set(a.findings.map((f) => f.ruleId));
    for (const gone of ['EN002', 'RT009', 'RT011', 'RT043', 'EN008']) expect(rules.has(gone), gone).toBe(false);
    expect(rules.has('RT013')).toBe(true);
  });

  it('audits an image in full through docker save with --image', async () => {
    const r = await cli(
      ['audit', '--docker', engine.host, '--include-container', `${p}-hard`, '--image', image, '-f', 'json'],
      dir,
    );
    const a = JSON.parse(r.stdout) as JsonAudit;
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const target = `image:${image}`;
    // The layer rules ran (only a full read has the files), once: the config-only pass leaves this image alone.
    expect(a.checks.filter((c) => c.target === target && c.ruleId === 'IM011').map((c) => c.state)).toEqual(['pass']);
    expect(a.checks.filter((c) => c.target === target && c.ruleId === 'IM001')).toHaveLength(1);
    expect(a.inputs.filter((i) => i.target === target)).toHaveLength(1);
  });

  it('prints the CIS view in the table format', async () => {
    const r = await cli(['audit', '--docker', engine.host, '--include-container', `${p}-*`], dir);
    expect(r.stdout).toMatch(/CIS Docker Benchmark v1\.6\.0, Level 1 and 2/);
    expect(r.stdout).toMatch(/FAIL\s+5\.5 +L1 Ensure that privileged containers are not used \(1 finding: RT001\)/);
    expect(r.stdout).toMatch(/^score \d+%/m);
  });
});

if (!existsSync(BUSYBOX) && REQUIRE_SYSTEM_TESTS)
  it('has busybox-static for the test image', () => {
    throw new Error('apt-get install busybox-static');
  });
