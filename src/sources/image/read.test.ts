import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tar from 'tar-stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImageTar, type ImageDescription } from './build.js';
import { matchDigest, parseDigest } from './digest.js';
import type { ImageDoc } from './model.js';
import { readImageBuffer, readImageFile } from './read.js';

const sha256 = (b: Buffer | string) => `sha256:${createHash('sha256').update(b).digest('hex')}`;

async function read(description: ImageDescription, options = {}) {
  return readImageBuffer(await buildImageTar(description), 'image.tar', options);
}

async function one(description: ImageDescription): Promise<ImageDoc> {
  const { images, diagnostics } = await read(description);
  expect(diagnostics).toEqual([]);
  expect(images).toHaveLength(1);
  return images[0] as ImageDoc;
}

function codes(r: { diagnostics: { code: string; severity: string }[] }) {
  return r.diagnostics.map((d) => `${d.severity} ${d.code}`);
}

/** A hand-made archive from raw members, for the shapes the builder never writes. */
async function rawArchive(
  members: { name: string; data?: Buffer | string; type?: 'file' | 'symlink'; linkname?: string }[],
): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  const done = (async () => {
    for await (const c of pack as AsyncIterable<Buffer>) chunks.push(c);
  })();
  for (const m of members) {
    if (m.type === 'symlink') pack.entry({ name: m.name, type: 'symlink', linkname: m.linkname ?? '' });
    else pack.entry({ name: m.name }, Buffer.from(m.data ?? ''));
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

async function layerTar(files: Record<string, string>): Promise<Buffer> {
  return rawArchive(Object.entries(files).map(([name, data]) => ({ name, data })));
}

const passwd = 'root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001::/home/app:/bin/sh\n';

const scratch = mkdtempSync(join(tmpdir(), 'sb-image-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('readImageArchive: formats', () => {
  const description: ImageDescription = {
    tags: ['example/app:1.0'],
    config: { User: 'app', Env: ['PATH=/usr/bin'] },
    history: [
      { created_by: '/bin/sh -c #(nop) ADD file:abc in / ' },
      { created_by: '/bin/sh -c #(nop)  USER app', empty_layer: true },
      { created_by: '/bin/sh -c chmod 4755 /usr/bin/su' },
    ],
    layers: [
      {
        files: [
          { path: '/etc', type: 'dir' },
          { path: '/etc/passwd', content: passwd },
          { path: '/usr/bin/su', mode: '0755', content: 'ELF' },
          { path: '/usr/bin/big', content: 'x'.repeat(10) },
          { path: '/bin/sh', type: 'symlink', target: 'busybox' },
          { path: '/usr/bin/su2', type: 'link', target: 'usr/bin/su' },
        ],
      },
      { gzip: true, files: [{ path: '/usr/bin/su', mode: '4755', uid: 0, gid: 0, content: 'ELF2' }] },
    ],
  };

  it('reads a docker save archive: config, history, metadata of every file, contents of the few the rules read', async () => {
    const doc = await one(description);
    expect(doc.format).toBe('docker-save');
    expect(doc.repoTags).toEqual(['example/app:1.0']);
    expect(doc.repoDigests).toEqual([]);
    expect(doc.config).toEqual({ User: 'app', Env: ['PATH=/usr/bin'] });
    expect(doc.history.map((h) => [h.index, h.emptyLayer, h.layer])).toEqual([
      [0, false, 0],
      [1, true, undefined],
      [2, false, 1],
    ]);
    expect([...doc.files.keys()]).toEqual([
      '/bin/sh',
      '/etc',
      '/etc/passwd',
      '/usr/bin/big',
      '/usr/bin/su',
      '/usr/bin/su2',
    ]);
    expect(doc.files.get('/usr/bin/su')).toEqual({
      path: '/usr/bin/su',
      type: 'file',
      mode: 0o4755,
      uid: 0,
      gid: 0,
      size: 4,
      layer: 1,
    });
    expect(doc.files.get('/etc/passwd')?.content?.toString()).toBe(passwd);
    expect(doc.files.get('/usr/bin/big')?.content).toBeUndefined();
    expect(doc.files.get('/bin/sh')).toMatchObject({ type: 'symlink', linkTarget: 'busybox', mode: 0o777 });
    expect(doc.files.get('/usr/bin/su2')).toMatchObject({ type: 'hardlink', linkTarget: '/usr/bin/su' });
    expect(doc.layers.map((l) => [l.index, l.compression, l.digest === l.diffId])).toEqual([
      [0, 'none', true],
      [1, 'gzip', false],
    ]);
  });

  it('computes the config digest (the image id) and checks every layer against rootfs.diff_ids', async () => {
    const archive = await buildImageTar(description);
    const { images } = await readImageBuffer(archive, 'image.tar');
    const doc = images[0] as ImageDoc;
    const manifest = JSON.parse(await member(archive, 'manifest.json'));
    const configText = await member(archive, manifest[0].Config);
    expect(doc.digests.config).toBe(sha256(configText));
    expect(doc.digests.config).toBe(`sha256:${manifest[0].Config.replace('.json', '')}`);
    expect(doc.digests.diffIds).toEqual(JSON.parse(configText).rootfs.diff_ids);
    expect(doc.digests.manifest).toBeUndefined();
  });

  it('reads an OCI image layout behind an image index, with manifest.json beside it as Docker 25+ writes it', async () => {
    const archive = await buildImageTar({ ...description, format: 'oci-layout', index: true, dockerManifest: true });
    const { images, diagnostics } = await readImageBuffer(archive, 'image.tar');
    expect(diagnostics).toEqual([]);
    const doc = images[0] as ImageDoc;
    const index = JSON.parse(await member(archive, 'index.json'));
    const top = index.manifests[0].digest;
    const inner = JSON.parse(await member(archive, `blobs/sha256/${top.slice(7)}`));
    expect(doc.format).toBe('oci-layout');
    expect(doc.digests.index).toBe(top);
    expect(doc.digests.manifest).toBe(inner.manifests[0].digest);
    expect(doc.digests.manifest).toBe(
      sha256(await member(archive, `blobs/sha256/${inner.manifests[0].digest.slice(7)}`)),
    );
    expect(doc.repoTags).toEqual(['example/app:1.0']);
    expect(doc.repoDigests).toEqual([`example/app@${top}`]);
    expect(doc.files.get('/usr/bin/su')?.mode).toBe(0o4755);
    // The same image in both formats has the same config and diff ids.
    const saved = await one(description);
    expect(doc.digests.config).toBe(saved.digests.config);
    expect(doc.digests.diffIds).toEqual(saved.digests.diffIds);
  });

  it('reads an OCI layout whose index.json points at the manifest directly', async () => {
    const doc = await one({ ...description, format: 'oci-layout' });
    expect(doc.digests.index).toBeUndefined();
    expect(doc.repoDigests).toEqual([`example/app@${doc.digests.manifest}`]);
  });

  it('reads a gzip-compressed archive (docker save | gzip)', async () => {
    const doc = await one({ ...description, gzip: true });
    expect(doc.files.get('/usr/bin/su')?.mode).toBe(0o4755);
    expect(doc.digests.config).toBe((await one(description)).digests.config);
  });

  it('follows the symlink docker save writes for a layer that appears twice', async () => {
    const layer = await layerTar({ 'etc/passwd': passwd });
    const diffId = sha256(layer);
    const config = JSON.stringify({ config: {}, rootfs: { type: 'layers', diff_ids: [diffId, diffId] }, history: [] });
    const archive = await rawArchive([
      { name: 'a/layer.tar', data: layer },
      { name: 'b/layer.tar', type: 'symlink', linkname: '../a/layer.tar' },
      { name: 'config.json', data: config },
      {
        name: 'manifest.json',
        data: JSON.stringify([{ Config: 'config.json', RepoTags: null, Layers: ['a/layer.tar', 'b/layer.tar'] }]),
      },
    ]);
    const { images, diagnostics } = await readImageBuffer(archive, 'image.tar');
    expect(diagnostics).toEqual([]);
    expect(images[0]?.digests.diffIds).toEqual([diffId, diffId]);
    expect(images[0]?.files.get('/etc/passwd')?.layer).toBe(1);
  });

  it('returns each image of an archive that holds several, named by tag', async () => {
    const a = await layerTar({ a: '1' });
    const b = await layerTar({ b: '2' });
    const cfg = (l: Buffer) => JSON.stringify({ config: {}, rootfs: { diff_ids: [sha256(l)] } });
    const archive = await rawArchive([
      { name: 'la.tar', data: a },
      { name: 'lb.tar', data: b },
      { name: 'ca.json', data: cfg(a) },
      { name: 'cb.json', data: cfg(b) },
      {
        name: 'manifest.json',
        data: JSON.stringify([
          { Config: 'ca.json', RepoTags: ['one:1'], Layers: ['la.tar'] },
          { Config: 'cb.json', RepoTags: ['two:2'], Layers: ['lb.tar'] },
        ]),
      },
    ]);
    const { images } = await readImageBuffer(archive, 'pair.tar');
    expect(images.map((i) => [i.uri, [...i.files.keys()]])).toEqual([
      ['pair.tar#one:1', ['/a']],
      ['pair.tar#two:2', ['/b']],
    ]);
  });

  it('only hashes the layers when asked for digests alone', async () => {
    const archive = await buildImageTar(description);
    const { images } = await readImageBuffer(archive, 'image.tar', { files: false });
    expect(images[0]?.files.size).toBe(0);
    expect(images[0]?.digests).toEqual((await one(description)).digests);
  });

  it('keeps at most 64 KiB of a file it reads', async () => {
    const doc = await one({ layers: [{ files: [{ path: '/etc/passwd', content: `${'x'.repeat(70_000)}\n` }] }] });
    expect(doc.files.get('/etc/passwd')?.content?.length).toBe(65536);
    expect(doc.files.get('/etc/passwd')?.contentTruncated).toBe(true);
  });
});

describe('readImageArchive: whiteouts', () => {
  it('applies file and directory whiteouts, opaque directories and files that replace directories, in layer order', async () => {
    const doc = await one({
      layers: [
        {
          files: [
            { path: '/a/keep', content: '1' },
            { path: '/a/gone', content: '1' },
            { path: '/b/x/deep', content: '1' },
            { path: '/c', type: 'dir' },
            { path: '/c/lower', content: '1' },
            { path: '/d', type: 'dir' },
            { path: '/d/child', content: '1' },
            { path: '/e', content: 'was a file' },
          ],
        },
        {
          gzip: true,
          files: [
            { path: '/a/gone', type: 'whiteout' },
            { path: '/b', type: 'whiteout' },
            { path: '/c', type: 'opaque' },
            { path: '/c/upper', content: '2' },
            { path: '/d', type: 'symlink', target: '/tmp' },
            { path: '/e', type: 'dir' },
          ],
        },
        { files: [{ path: '/b/again', content: '3' }] },
      ],
    });
    expect([...doc.files.entries()].map(([p, f]) => `${p} ${f.type} ${f.layer}`)).toEqual([
      '/a/keep file 0',
      '/b/again file 2',
      '/c directory 0',
      '/c/upper file 1',
      '/d symlink 1',
      '/e directory 1',
    ]);
  });

  it("keeps what an opaque directory's own layer writes into it, whatever the entry order", async () => {
    const doc = await one({
      layers: [
        { files: [{ path: '/etc/app/old.conf', content: '1' }] },
        {
          files: [
            { path: '/etc/app/new.conf', content: '2' },
            { path: '/etc/app', type: 'opaque' },
          ],
        },
      ],
    });
    expect([...doc.files.keys()]).toEqual(['/etc/app/new.conf']);
  });

  it('lets a later layer bring back a whited-out file', async () => {
    const doc = await one({
      layers: [
        { files: [{ path: '/etc/shadow', content: 'root:*:1::::::\n' }] },
        { files: [{ path: '/etc/shadow', type: 'whiteout' }] },
        { files: [{ path: '/etc/shadow', content: 'root::1::::::\n' }] },
      ],
    });
    expect(doc.files.get('/etc/shadow')?.content?.toString()).toBe('root::1::::::\n');
    expect(doc.files.get('/etc/shadow')?.layer).toBe(2);
  });
});

describe('readImageArchive: hostile and broken input', () => {
  it('never applies absolute or .. entries, reports them, and keeps an escaping symlink unfollowed', async () => {
    const r = await read({
      layers: [
        {
          files: [
            { path: '/etc/passwd', content: passwd },
            { path: '../../../../etc/passwd', raw: true, content: 'evil' },
            { path: '/etc/cron.d/x', raw: true, content: 'evil' },
            { path: 'a/../b', raw: true, content: 'sneaky' },
            { path: '/etc/link', type: 'symlink', target: '../../../../etc/shadow' },
            { path: '/etc/hard', type: 'link', target: '../../etc/shadow' },
          ],
        },
      ],
    });
    const doc = r.images[0] as ImageDoc;
    expect([...doc.files.keys()]).toEqual(['/etc/link', '/etc/passwd']);
    expect(doc.files.get('/etc/passwd')?.content?.toString()).toBe(passwd);
    expect(doc.unsafeEntries).toEqual([
      { layer: 0, name: '../../../../etc/passwd', kind: 'path-traversal' },
      { layer: 0, name: '/etc/cron.d/x', kind: 'absolute-path' },
      { layer: 0, name: 'a/../b', kind: 'path-traversal' },
      { layer: 0, name: 'etc/link', kind: 'symlink-escape', linkTarget: '../../../../etc/shadow' },
      { layer: 0, name: 'etc/hard', kind: 'hardlink-escape', linkTarget: '../../etc/shadow' },
    ]);
    expect(codes(r)).toEqual([
      'warning image-path-traversal',
      'warning image-path-traversal',
      'warning image-path-traversal',
      'warning image-path-traversal',
    ]);
    expect(r.diagnostics[0]?.message).toBe(
      'image.tar: layer 0 entry "../../../../etc/passwd" points outside the image root (path-traversal); it was not applied',
    );
  });

  it('reports a truncated archive', async () => {
    const archive = await buildImageTar({ layers: [{ files: [{ path: '/big', size: 200_000, fill: 'random' }] }] });
    const r = await readImageBuffer(archive.subarray(0, Math.floor(archive.length * 0.6)), 'cut.tar');
    expect(r.images).toEqual([]);
    expect(codes(r)).toEqual(['error image-truncated']);
    expect(r.diagnostics[0]?.location).toEqual({
      uri: 'cut.tar',
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
  });

  it('reports a truncated gzip archive', async () => {
    const archive = await buildImageTar({
      gzip: true,
      layers: [{ files: [{ path: '/big', size: 200_000, fill: 'random' }] }],
    });
    const r = await readImageBuffer(archive.subarray(0, archive.length - 5000), 'cut.tar.gz');
    expect(codes(r)).toEqual(['error image-truncated']);
  });

  it('reports an archive cut at a member boundary as a missing blob', async () => {
    const layer = await layerTar({ a: '1' });
    const archive = await rawArchive([
      { name: 'config.json', data: JSON.stringify({ config: {}, rootfs: { diff_ids: [sha256(layer)] } }) },
      { name: 'manifest.json', data: JSON.stringify([{ Config: 'config.json', Layers: ['l/layer.tar'] }]) },
    ]);
    const r = await readImageBuffer(archive, 'image.tar');
    expect(r.images).toEqual([]);
    expect(r.diagnostics.map((d) => d.message)).toEqual(['image.tar: layer 0 (l/layer.tar) is missing']);
    expect(codes(r)).toEqual(['error image-missing-blob']);
  });

  it('reports corrupt gzip data in a layer', async () => {
    const archive = await buildImageTar({
      format: 'oci-layout',
      layers: [{ gzip: true, files: [{ path: '/f', size: 100_000, fill: 'random' }] }],
    });
    const at = archive.indexOf(Buffer.from([0x1f, 0x8b, 0x08]));
    for (let i = at + 200; i < at + 260; i++) archive[i] = (archive[i] ?? 0) ^ 0xff;
    const r = await readImageBuffer(archive, 'image.tar');
    expect(r.images).toEqual([]);
    expect(codes(r)).toEqual(['error image-corrupt']);
  });

  it('reports a corrupt tar header', async () => {
    const archive = await buildImageTar({ layers: [{ files: [{ path: '/f', content: 'x' }] }] });
    archive[512 * 3 + 150] = 0x39; // inside a header's checksum field
    const r = await readImageBuffer(archive, 'image.tar');
    expect(codes(r)).toEqual(['error image-corrupt']);
  });

  it('reports a layer whose content does not match its diff id, and still reads the image', async () => {
    const archive = await buildImageTar({ layers: [{ files: [{ path: '/etc/motd', content: 'hello stridebench' }] }] });
    const at = archive.indexOf('hello stridebench');
    archive.write('HELLO', at);
    const r = await readImageBuffer(archive, 'image.tar');
    expect(codes(r)).toEqual(['error image-digest-mismatch']);
    expect(r.diagnostics[0]?.message).toMatch(
      /^image\.tar: layer 0 \(\w+\/layer\.tar\) should have diff id sha256:\w+ but its uncompressed content hashes to sha256:\w+: the archive was altered$/,
    );
    expect(r.images[0]?.files.get('/etc/motd')).toBeDefined();
  });

  it('reports a blob of an OCI layout whose content does not match its name', async () => {
    const archive = await buildImageTar({ format: 'oci-layout', config: { User: 'app' }, layers: [] });
    archive.write('"User":"bob"', archive.indexOf('"User":"app"'));
    const r = await readImageBuffer(archive, 'image.tar');
    expect(codes(r)).toEqual(['error image-digest-mismatch']);
  });

  it('stops a decompression bomb at the byte limit', async () => {
    const description: ImageDescription = {
      layers: [{ gzip: true, files: [{ path: '/zeros', size: 8 * 1024 * 1024 }] }],
    };
    const r = await read(description, { maxBytes: 1024 * 1024 });
    expect(r.images).toEqual([]);
    expect(codes(r)).toEqual(['error image-too-large']);
    expect(r.diagnostics[0]?.message).toMatch(/decompressed data exceeds the limit of 1 MiB \(maxBytes\)$/);
  });

  it('stops a decompression bomb by its expansion ratio under the default limits', async () => {
    const r = await read({ layers: [{ gzip: true, files: [{ path: '/zeros', size: 300 * 1024 * 1024 }] }] });
    expect(codes(r)).toEqual(['error image-too-large']);
    expect(r.diagnostics[0]?.message).toMatch(
      /expands more than 200:1 .* which looks like a decompression bomb \(maxRatio\)$/,
    );
  });

  it('counts both levels of a gzip archive with gzip layers against the byte limit', async () => {
    const r = await read(
      { gzip: true, layers: [{ gzip: true, files: [{ path: '/zeros', size: 3 * 1024 * 1024 }] }] },
      { maxBytes: 2 * 1024 * 1024 },
    );
    expect(codes(r)).toEqual(['error image-too-large']);
  });

  it('stops at the entry limit', async () => {
    const files = Array.from({ length: 50 }, (_, i) => ({ path: `/f${i}`, content: '' }));
    const r = await read({ layers: [{ files }] }, { maxEntries: 20 });
    expect(codes(r)).toEqual(['error image-too-large']);
  });

  it('reports what is not an image archive, and zstd layers it cannot read', async () => {
    const r = await readImageBuffer(await rawArchive([{ name: 'README', data: 'hello' }]), 'notes.tar');
    expect(codes(r)).toEqual(['error image-unsupported']);
    const zstd = Buffer.from([0x28, 0xb5, 0x2f, 0xfd, ...Buffer.alloc(600)]);
    const z = await rawArchive([
      { name: 'l.tar.zst', data: zstd },
      { name: 'c.json', data: JSON.stringify({ config: {}, rootfs: { diff_ids: ['sha256:00'] } }) },
      { name: 'manifest.json', data: JSON.stringify([{ Config: 'c.json', Layers: ['l.tar.zst'] }]) },
    ]);
    const rz = await readImageBuffer(z, 'z.tar');
    expect(rz.diagnostics.map((d) => d.message)).toEqual([
      'z.tar: layer 0 (l.tar.zst) is zstd-compressed, which is not supported',
    ]);
  });

  it('reports a missing file, a directory and a file that is not a tar', async () => {
    const dir = scratch;
    writeFileSync(join(dir, 'text.tar'), 'just text, not a tar archive at all');
    expect(codes(await readImageFile(join(dir, 'missing.tar'), 'missing.tar'))).toEqual(['error file-not-found']);
    expect(codes(await readImageFile(dir, 'dir'))).toEqual(['error file-unreadable']);
    expect(codes(await readImageFile(join(dir, 'text.tar'), 'text.tar'))).toEqual(['error image-unsupported']);
  });

  it('reads from disk what it reads from memory', async () => {
    const dir = scratch;
    const archive = await buildImageTar({
      format: 'oci-layout',
      layers: [{ gzip: true, files: [{ path: '/etc/passwd', content: passwd }] }],
    });
    writeFileSync(join(dir, 'image.tar'), archive);
    const fromDisk = await readImageFile(join(dir, 'image.tar'), 'image.tar');
    const fromMemory = await readImageBuffer(archive, 'image.tar');
    expect(fromDisk).toEqual(fromMemory);
  });
});

describe('digests', () => {
  it('parses sha256 digests, with or without a name', () => {
    const hex = 'a'.repeat(64);
    expect(parseDigest(`sha256:${hex}`)).toBe(`sha256:${hex}`);
    expect(parseDigest(`nginx@sha256:${hex.toUpperCase()}`)).toBe(`sha256:${hex}`);
    expect(parseDigest('sha256:abc')).toBeUndefined();
    expect(parseDigest(hex)).toBeUndefined();
  });

  it('matches the manifest, index and config digests', async () => {
    const doc = await one({ format: 'oci-layout', index: true, layers: [] });
    expect(matchDigest([doc], doc.digests.manifest as string)?.kind).toBe('manifest');
    expect(matchDigest([doc], doc.digests.index as string)?.kind).toBe('index');
    expect(matchDigest([doc], doc.digests.config)?.kind).toBe('config');
    expect(matchDigest([doc], `sha256:${'0'.repeat(64)}`)).toBeUndefined();
  });
});

async function member(archive: Buffer, name: string): Promise<string> {
  const extract = tar.extract();
  const found = (async () => {
    let out: string | undefined;
    for await (const entry of extract) {
      const chunks: Buffer[] = [];
      for await (const c of entry as AsyncIterable<Buffer>) chunks.push(c);
      if (entry.header.name === name) out = Buffer.concat(chunks).toString('utf8');
    }
    return out;
  })();
  extract.end(archive);
  const text = await found;
  if (text === undefined) throw new Error(`no ${name} in the archive`);
  return text;
}
