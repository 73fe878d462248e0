// The image audit against a real Docker engine: an image built by `docker build` with a planted private key, a
// setuid binary, a root user and an ENV secret, exported by `docker save`, must come out with each finding, with the
// digests Docker reports, and with no secret in any output.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildImageTar } from '../../src/sources/image/build.js';
import { readImageFile } from '../../src/sources/image/read.js';
import { cli } from '../cli-harness.js';
import { describeWithDocker } from './engine.js';

/** A root file system for `docker import`: account files and a setuid binary; nothing runs, so nothing is needed. */
async function rootfs(): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of pack as AsyncIterable<Buffer>) chunks.push(c);
  })();
  const add = (name: string, body: string, mode = 0o644) =>
    new Promise<void>((resolve, reject) => pack.entry({ name, mode }, body, (e) => (e ? reject(e) : resolve())));
  const dir = (name: string) =>
    new Promise<void>((resolve, reject) =>
      pack.entry({ name, type: 'directory', mode: 0o755 }, (e) => (e ? reject(e) : resolve())),
    );
  for (const d of ['etc/', 'usr/', 'usr/bin/', 'bin/', 'root/']) await dir(d);
  await add('etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534::/nonexistent:/bin/false\n');
  await add('etc/group', 'root:x:0:\nnogroup:x:65534:\n');
  await add('usr/bin/passwd', '\u007fELF planted setuid binary', 0o4755);
  await add('bin/app', '#!/bin/sh\necho hi\n', 0o755);
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

await describeWithDocker('image audit on images from a real Docker engine', (engine) => {
  const tag = `stridebench-test-${randomBytes(4).toString('hex')}`;
  const secret = `sbsys-${randomBytes(12).toString('hex')}`;
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({
    type: 'pkcs8',
    format: 'pem',
  }) as string;
  const keyBody = key.split('\n')[5] as string;
  let dir: string;
  let inspect: { Id: string; RootFS: { Layers: string[] }; RepoDigests: string[] };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-system-image-'));
    writeFileSync(join(dir, 'rootfs.tar'), await rootfs());
    const imported = engine.docker(['import', 'rootfs.tar', `${tag}-base:1`], { cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    mkdirSync(join(dir, 'ctx'));
    writeFileSync(join(dir, 'ctx', 'id_rsa'), key, { mode: 0o600 });
    writeFileSync(
      join(dir, 'ctx', 'Dockerfile'),
      [`FROM ${tag}-base:1`, 'COPY id_rsa /root/.ssh/id_rsa', `ENV API_TOKEN=${secret}`, 'CMD ["/bin/app"]', ''].join(
        '\n',
      ),
    );
    const built = engine.docker(['build', '-q', '-t', `${tag}:1`, 'ctx'], { cwd: dir, env: { DOCKER_BUILDKIT: '0' } });
    expect(built.status, built.stderr).toBe(0);
    const saved = engine.docker(['save', `${tag}:1`, '-o', 'image.tar'], { cwd: dir });
    expect(saved.status, saved.stderr).toBe(0);
    writeFileSync(join(dir, 'image.tar.gz'), gzipSync(readFileSync(join(dir, 'image.tar'))));
    const inspected = engine.docker(['image', 'inspect', `${tag}:1`, '--format', '{{json .}}']);
    expect(inspected.status, inspected.stderr).toBe(0);
    inspect = JSON.parse(inspected.stdout);
  }, 240_000);

  afterAll(() => {
    engine.docker(['rmi', '-f', `${tag}:1`, `${tag}-base:1`, `${tag}-roundtrip:1`]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('finds the root user, the ENV secret (in config and history), the setuid binary and the private key', async () => {
    for (const file of ['image.tar', 'image.tar.gz']) {
      const r = await cli(['audit', file, '--format', 'json'], dir);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.diagnostics).toEqual([]);
      expect(report.checks.filter((c: { state: string }) => c.state === 'error')).toEqual([]);
      const found = report.findings.map((f: { ruleId: string; logicalLocation: { path: string } }) => [
        f.ruleId,
        f.logicalLocation.path,
      ]);
      expect(found).toEqual(
        expect.arrayContaining([
          ['IM001', 'config.User'],
          ['IM003', expect.stringMatching(/^config\.Env\[\d\]$/)],
          ['IM004', expect.stringMatching(/^history\[\d\]$/)],
          ['IM011', 'layer 0:/usr/bin/passwd'],
          ['IM012', 'layer 1:/root/.ssh/id_rsa'],
        ]),
      );
      const secretFinding = report.findings.find((f: { ruleId: string }) => f.ruleId === 'IM003');
      expect(secretFinding.message).toContain('API_TOKEN');
      expect(secretFinding.evidence).toBe(`API_TOKEN=sb****(${secret.length} chars)`);
    }
  });

  it('computes the digests Docker reports: the image id and every layer diff id', async () => {
    const { images, diagnostics } = await readImageFile(join(dir, 'image.tar'), 'image.tar');
    expect(diagnostics).toEqual([]);
    const image = images[0];
    expect(image?.digests.config).toBe(inspect.Id);
    expect(image?.digests.diffIds).toEqual(inspect.RootFS.Layers);
    expect(image?.repoTags).toEqual([`${tag}:1`]);
    // Docker 25+ writes an OCI index into `docker save`: its manifest digest must be ours too.
    const index = (await readImageFile(join(dir, 'image.tar'), 'image.tar', { files: false })).images[0];
    if (image?.format === 'oci-layout') {
      expect(index?.digests.manifest).toMatch(/^sha256:[0-9a-f]{64}$/);
      for (const repoDigest of inspect.RepoDigests) expect(image.repoDigests).toContain(repoDigest);
      const verified = await cli(['image', 'verify', 'image.tar', '--digest', index?.digests.manifest ?? ''], dir);
      expect(verified.code, verified.stdout).toBe(0);
    }
    const byId = await cli(['image', 'verify', 'image.tar', '--digest', inspect.Id], dir);
    expect([byId.code, byId.stdout]).toEqual([0, `OK: ${inspect.Id} is the config digest of image.tar (${tag}:1)\n`]);
    const gz = await cli(['image', 'verify', 'image.tar.gz', '--digest', inspect.Id], dir);
    expect(gz.code).toBe(0);
    const wrong = await cli(['image', 'verify', 'image.tar', '--digest', `sha256:${'e'.repeat(64)}`], dir);
    expect(wrong.code).toBe(1);
    expect((await cli(['image', 'verify', 'nothing.tar', '--digest', inspect.Id], dir)).code).toBe(2);
  });

  it('writes archives Docker loads with the image id we compute', async () => {
    const archive = await buildImageTar({
      tags: [`${tag}-roundtrip:1`],
      config: { User: '65534', Env: ['PATH=/usr/bin'] },
      layers: [
        {
          files: [
            { path: '/etc/passwd', content: 'root:x:0:0::/root:/bin/sh\n' },
            { path: '/bin/x', mode: '4755', content: 'x' },
          ],
        },
        {
          gzip: true,
          files: [
            { path: '/bin/x', type: 'whiteout' },
            { path: '/etc/motd', content: 'hi\n' },
          ],
        },
      ],
    });
    writeFileSync(join(dir, 'roundtrip.tar'), archive);
    const loaded = engine.docker(['load', '-i', 'roundtrip.tar'], { cwd: dir });
    expect(loaded.status, loaded.stderr).toBe(0);
    const id = engine.docker(['image', 'inspect', `${tag}-roundtrip:1`, '--format', '{{.Id}}']).stdout.trim();
    const { images } = await readImageFile(join(dir, 'roundtrip.tar'), 'roundtrip.tar');
    expect(images[0]?.digests.config).toBe(id);
    expect([...(images[0]?.files.keys() ?? [])]).toEqual(['/etc/motd', '/etc/passwd']);
  });

  it('never prints the secret or the key in full, in any format', async () => {
    const outputs = [
      await cli(['audit', 'image.tar', '--format', 'json'], dir),
      await cli(['audit', 'image.tar'], dir),
      await cli(['audit', 'image.tar.gz', '--fail-on', 'high'], dir),
      await cli(['image', 'digest', 'image.tar'], dir),
      await cli(['image', 'digest', 'image.tar', '--format', 'json'], dir),
      await cli(['image', 'verify', 'image.tar', '--digest', inspect.Id, '--format', 'json'], dir),
    ];
    expect(outputs[2]?.code).toBe(1);
    for (const o of outputs) {
      const text = o.stdout + o.stderr;
      expect(text).not.toContain(secret);
      expect(text).not.toContain(secret.slice(4));
      expect(text).not.toContain(keyBody);
    }
  });
});
