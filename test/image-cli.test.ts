import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindFromBytes, kindFromName } from '../src/sources/discover.js';
import { buildImageTar, type ImageDescription } from '../src/sources/image/build.js';
import { cli } from './cli-harness.js';

const SECRET = 'Zq8-hunter2-stridebench-9f3k';
const KEY_BODY = 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQ';

const planted: ImageDescription = {
  tags: ['shop/web:2.1'],
  config: { Env: ['PATH=/usr/bin', `API_TOKEN=${SECRET}`], ExposedPorts: { '8080/tcp': {} } },
  history: [
    { created_by: '/bin/sh -c #(nop) ADD file:0a1b in / ' },
    { created_by: `/bin/sh -c #(nop)  ENV API_TOKEN=${SECRET}`, empty_layer: true },
    { created_by: '/bin/sh -c #(nop) COPY file:9c8d in /root/.ssh/id_ed25519 ' },
  ],
  layers: [
    {
      files: [
        { path: '/etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\n' },
        { path: '/usr/bin/passwd', mode: '4755', content: 'ELF' },
      ],
    },
    {
      gzip: true,
      files: [
        {
          path: '/root/.ssh/id_ed25519',
          mode: '0600',
          content: `-----BEGIN OPENSSH PRIVATE KEY-----\n${KEY_BODY}\n-----END OPENSSH PRIVATE KEY-----\n`,
        },
      ],
    },
  ],
};

let dir: string;
let ids: { config: string; manifest: string };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sb-image-cli-'));
  writeFileSync(join(dir, 'web.tar'), await buildImageTar(planted));
  const oci = await buildImageTar({ ...planted, format: 'oci-layout', gzip: true });
  writeFileSync(join(dir, 'web-oci.tar.gz'), oci);
  const digest = await cli(['image', 'digest', 'web-oci.tar.gz', '--format', 'json'], dir);
  const image = JSON.parse(digest.stdout).images[0];
  ids = { config: image.digests.config, manifest: image.digests.manifest };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('discovery of image archives', () => {
  it('recognises archives by name and, given explicitly, by content', async () => {
    expect(['a.tar', 'b.TAR.GZ', 'c.tgz', 'd.tar.zst', 'Dockerfile'].map(kindFromName)).toEqual([
      'image',
      'image',
      'image',
      undefined,
      'dockerfile',
    ]);
    expect(kindFromBytes(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe('image');
    expect(kindFromBytes(Buffer.from('FROM alpine\n'))).toBeUndefined();
    copyFileSync(join(dir, 'web.tar'), join(dir, 'saved-image.bin'));
    const r = await cli(['audit', 'saved-image.bin', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout).inputs).toEqual([{ target: 'saved-image.bin', kind: 'image' }]);
  });

  it('finds the archives in a directory, and only warns about tars there that hold no image', async () => {
    mkdirSync(join(dir, 'tree'), { recursive: true });
    copyFileSync(join(dir, 'web.tar'), join(dir, 'tree', 'one.tar'));
    copyFileSync(join(dir, 'web-oci.tar.gz'), join(dir, 'tree', 'two.tgz'));
    writeFileSync(join(dir, 'tree', 'vendor.tar'), 'plain text, not an archive');
    const r = await cli(['audit', 'tree', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout);
    expect(r.code).toBe(0);
    expect(report.inputs).toEqual([
      { target: 'tree/one.tar', kind: 'image' },
      { target: 'tree/two.tgz', kind: 'image' },
    ]);
    expect(report.diagnostics.map((d: { code: string; severity: string }) => `${d.severity} ${d.code}`)).toEqual([
      'warning image-unsupported',
    ]);
    const named = await cli(['audit', 'tree/vendor.tar'], dir);
    expect(named.code).toBe(2);
  });
});

describe('stridebench audit <image archive>', () => {
  it('finds the planted root user, ENV secret, setuid binary and private key, at logical locations', async () => {
    for (const file of ['web.tar', 'web-oci.tar.gz']) {
      const r = await cli(['audit', file, '--format', 'json'], dir);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(r.stdout);
      expect(report.diagnostics).toEqual([]);
      const at = (id: string) =>
        report.findings
          .filter((f: { ruleId: string }) => f.ruleId === id)
          .map((f: { logicalLocation: { kind: string; name: string; path: string } }) => f.logicalLocation);
      expect(at('IM001')).toEqual([{ kind: 'image', name: file, path: 'config.User' }]);
      expect(at('IM003')).toEqual([{ kind: 'image', name: file, path: 'config.Env[1]' }]);
      expect(at('IM004')).toEqual([{ kind: 'image', name: file, path: 'history[1]' }]);
      expect(at('IM011')).toEqual([{ kind: 'image', name: file, path: 'layer 0:/usr/bin/passwd' }]);
      expect(at('IM012')).toEqual([{ kind: 'image', name: file, path: 'layer 1:/root/.ssh/id_ed25519' }]);
      expect(report.findings.every((f: { location?: unknown }) => f.location === undefined)).toBe(true);
      expect(report.checks.filter((c: { state: string }) => c.state === 'error')).toEqual([]);
    }
  });

  it('never prints a secret it found in full, in any format', async () => {
    const outputs = [
      await cli(['audit', 'web.tar', '--format', 'json'], dir),
      await cli(['audit', 'web.tar'], dir),
      await cli(['audit', 'web-oci.tar.gz', '--format', 'json', '--fail-on', 'low'], dir),
      await cli(['image', 'digest', 'web.tar'], dir),
      await cli(['image', 'digest', 'web.tar', '--format', 'json'], dir),
    ];
    for (const o of outputs) {
      expect(o.stdout + o.stderr).not.toContain(SECRET);
      expect(o.stdout + o.stderr).not.toContain(KEY_BODY.slice(10, 40));
    }
    expect(outputs[0]?.stdout).toContain('API_TOKEN=Zq****(28 chars)');
  });

  it('gives byte-identical JSON across runs and exits 1 with --fail-on', async () => {
    const a = await cli(['audit', 'web.tar', '--format', 'json'], dir);
    const b = await cli(['audit', 'web.tar', '--format', 'json'], dir);
    expect(a.stdout).toBe(b.stdout);
    const failing = await cli(['audit', 'web.tar', '--fail-on', 'critical'], dir);
    expect(failing.code).toBe(1);
  });

  it('exits 2 with a coded diagnostic on a truncated archive, and honours --max-image-bytes', async () => {
    const whole = readFileSync(join(dir, 'web-oci.tar.gz'));
    writeFileSync(join(dir, 'cut.tar.gz'), whole.subarray(0, whole.length - 200));
    const cut = await cli(['audit', 'cut.tar.gz', '--format', 'json'], dir);
    expect(cut.code).toBe(2);
    expect(JSON.parse(cut.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['image-truncated']);
    writeFileSync(
      join(dir, 'zeros.tar'),
      await buildImageTar({ layers: [{ gzip: true, files: [{ path: '/z', size: 4 * 1024 * 1024 }] }] }),
    );
    const bomb = await cli(['audit', 'zeros.tar', '--max-image-bytes', '1M', '--format', 'json'], dir);
    expect(bomb.code).toBe(2);
    expect(JSON.parse(bomb.stdout).diagnostics.map((d: { code: string }) => d.code)).toEqual(['image-too-large']);
  });
});

describe('stridebench image digest | verify', () => {
  it('prints the digests', async () => {
    const r = await cli(['image', 'digest', 'web-oci.tar.gz'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`  manifest      ${ids.manifest}\n`);
    expect(r.stdout).toContain(`  config        ${ids.config}  (image id)\n`);
    expect(r.stdout).toContain(`  repo digest   shop/web@${ids.manifest}\n`);
    expect(r.stdout).toMatch(/content: every blob matches its digest and every layer its diff id\n$/);
  });

  it('exits 0 on a matching manifest or config digest, 1 on another digest, 2 on unreadable input', async () => {
    const manifest = await cli(['image', 'verify', 'web-oci.tar.gz', '--digest', ids.manifest], dir);
    expect([manifest.code, manifest.stdout]).toEqual([
      0,
      `OK: ${ids.manifest} is the manifest digest of web-oci.tar.gz (shop/web:2.1)\n`,
    ]);
    expect((await cli(['image', 'verify', 'web-oci.tar.gz', '--digest', `shop/web@${ids.manifest}`], dir)).code).toBe(
      0,
    );
    expect((await cli(['image', 'verify', 'web.tar', '--digest', ids.config], dir)).code).toBe(0);
    const other = await cli(['image', 'verify', 'web.tar', '--digest', `sha256:${'1'.repeat(64)}`], dir);
    expect(other.code).toBe(1);
    expect(other.stdout).toMatch(/^MISMATCH: sha256:1{64} is not the manifest, index or config digest of web\.tar\n/);
    expect((await cli(['image', 'verify', 'missing.tar', '--digest', ids.config], dir)).code).toBe(2);
    expect((await cli(['image', 'verify', 'cut.tar.gz', '--digest', ids.config], dir)).code).toBe(2);
    const bad = await cli(['image', 'verify', 'web.tar', '--digest', 'sha256:abc'], dir);
    expect([bad.code, bad.stderr]).toEqual([2, '--digest sha256:abc: not a sha256 digest (sha256:<64 hex digits>)\n']);
  });

  it('exits 1 when the digest matches but the content was altered', async () => {
    const altered = readFileSync(join(dir, 'web.tar'));
    altered.write('EL7', altered.indexOf('ELF'));
    writeFileSync(join(dir, 'altered.tar'), altered);
    const r = await cli(['image', 'verify', 'altered.tar', '--digest', ids.config, '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect([out.match, out.matched?.kind, out.consistent]).toEqual([false, 'config', false]);
    expect(out.diagnostics.map((d: { code: string }) => d.code)).toEqual(['image-digest-mismatch']);
  });
});
