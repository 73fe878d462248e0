// Builds real image archives from a short description, for tests, rule examples and the benchmark. The archives are
// what `docker save` (manifest.json) or an OCI image layout (index.json) would hold, so the reader under test sees
// the same bytes it sees from Docker.
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import tar from 'tar-stream';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

const Mode = z.union([z.number().int().nonnegative(), z.string().regex(/^0?[0-7]{3,4}$/, 'an octal mode like "4755"')]);

const FileSchema = z
  .object({
    /** Path in the image: `/etc/passwd`. */
    path: z.string().min(1),
    type: z.enum(['file', 'dir', 'symlink', 'link', 'whiteout', 'opaque', 'char-device', 'fifo']).default('file'),
    /** Octal string (`"4755"`) or number. Defaults: 644 for files, 755 for directories, 777 for symlinks. */
    mode: Mode.optional(),
    uid: z.number().int().nonnegative().default(0),
    gid: z.number().int().nonnegative().default(0),
    content: z.union([z.string(), z.instanceof(Buffer)]).optional(),
    /** Generated content of this many bytes instead of `content`. */
    size: z.number().int().nonnegative().optional(),
    fill: z.enum(['zero', 'random']).default('zero'),
    /** Symlink target, or the path a hard link points to. */
    target: z.string().optional(),
    /** Write `path` into the tar exactly as given (for absolute and `..` names); otherwise the leading `/` is cut. */
    raw: z.boolean().default(false),
    /** File capabilities (`security.capability` xattr). */
    capabilities: z.boolean().default(false),
  })
  .strict();

const LayerSchema = z
  .object({
    gzip: z.boolean().default(false),
    files: z.array(FileSchema).default([]),
  })
  .strict();

const HistorySchema = z
  .object({
    created_by: z.string(),
    empty_layer: z.boolean().optional(),
    comment: z.string().optional(),
  })
  .strict();

export const ImageDescriptionSchema = z
  .object({
    /** `docker-save`: manifest.json, `<id>/layer.tar`; `oci-layout`: index.json, blobs/sha256/…. */
    format: z.enum(['docker-save', 'oci-layout']).default('docker-save'),
    /** Put the manifest behind an image index (multi-platform image), OCI layout only. */
    index: z.boolean().default(false),
    /** Also write manifest.json into an OCI layout, as `docker save` of Docker 25+ does. */
    dockerManifest: z.boolean().default(false),
    /** gzip the whole archive (`docker save | gzip`). */
    gzip: z.boolean().default(false),
    tags: z.array(z.string()).default(['example/app:1.0']),
    architecture: z.string().default('amd64'),
    os: z.string().default('linux'),
    /** The image config's `config` object: User, Env, ExposedPorts, Volumes, Healthcheck, Cmd... */
    config: z.record(z.string(), z.unknown()).default({}),
    /** One entry per step; when absent, one step per layer. */
    history: z.array(HistorySchema).optional(),
    layers: z.array(LayerSchema).default([]),
  })
  .strict();

export type ImageDescription = z.input<typeof ImageDescriptionSchema>;
type Described = z.output<typeof ImageDescriptionSchema>;
type FileDescription = z.output<typeof FileSchema>;

/** Parses the YAML description of an image (the rules' `bad.image.yaml` / `good.image.yaml`). */
export function parseImageDescription(yaml: string): ImageDescription {
  return ImageDescriptionSchema.parse(parseYaml(yaml) ?? {});
}

const MTIME = new Date('2024-01-01T00:00:00Z');

interface Blob {
  name: string;
  data: Buffer;
}

interface BuiltLayer {
  blob: Buffer;
  digest: string;
  diffId: string;
  gzip: boolean;
}

function modeOf(f: FileDescription): number {
  if (f.mode !== undefined) return typeof f.mode === 'number' ? f.mode : Number.parseInt(f.mode, 8);
  return f.type === 'dir' ? 0o755 : f.type === 'symlink' ? 0o777 : 0o644;
}

function nameOf(path: string, raw: boolean): string {
  return raw ? path : path.replace(/^\/+/, '');
}

function* generate(size: number, fill: 'zero' | 'random'): Generator<Buffer> {
  const chunk = 1024 * 1024;
  const zeros = Buffer.alloc(Math.min(chunk, size));
  for (let left = size; left > 0; left -= chunk) {
    const n = Math.min(chunk, left);
    yield fill === 'zero' ? zeros.subarray(0, n) : randomBytes(n);
  }
}

function entryFinished(pack: tar.Pack, header: Parameters<tar.Pack['entry']>[0], body?: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (body === undefined) pack.entry(header, (err) => (err ? reject(err) : resolve()));
    else pack.entry(header, body, (err) => (err ? reject(err) : resolve()));
  });
}

async function writeEntry(pack: tar.Pack, f: FileDescription): Promise<void> {
  const base = { mode: modeOf(f), uid: f.uid, gid: f.gid, mtime: MTIME };
  const name = nameOf(f.path, f.raw);
  const pax = f.capabilities ? { pax: { 'SCHILY.xattr.security.capability': '\u0001\u0000\u0000\u0002' } } : {};
  switch (f.type) {
    case 'dir':
      return entryFinished(pack, { ...base, ...pax, name, type: 'directory' });
    case 'symlink':
    case 'link':
      return entryFinished(pack, { ...base, name, type: f.type, linkname: f.target ?? '' });
    case 'whiteout':
    case 'opaque': {
      const slash = name.lastIndexOf('/');
      const wh =
        f.type === 'opaque'
          ? `${name.replace(/\/+$/, '')}/.wh..wh..opq`
          : `${name.slice(0, slash + 1)}.wh.${name.slice(slash + 1)}`;
      return entryFinished(pack, { ...base, mode: 0o644, name: wh.replace(/^\/+/, ''), type: 'file' }, Buffer.alloc(0));
    }
    case 'char-device':
    case 'fifo':
      return entryFinished(pack, { ...base, name, type: f.type === 'fifo' ? 'fifo' : 'character-device' });
    default: {
      if (f.size === undefined) {
        const body = Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content ?? '', 'utf8');
        return entryFinished(pack, { ...base, ...pax, name, type: 'file' }, body);
      }
      await new Promise<void>((resolve, reject) => {
        const sink = pack.entry({ ...base, ...pax, name, type: 'file', size: f.size }, (err) =>
          err ? reject(err) : resolve(),
        );
        const chunks = generate(f.size ?? 0, f.fill);
        const pump = () => {
          for (let next = chunks.next(); !next.done; next = chunks.next()) {
            if (!sink.write(next.value)) {
              sink.once('drain', pump);
              return;
            }
          }
          (sink as unknown as { end(): void }).end();
        };
        pump();
      });
    }
  }
}

/** Builds one layer tar, hashing it as it is written, gzip-compressing it when asked. */
async function buildLayer(files: readonly FileDescription[], gzip: boolean): Promise<BuiltLayer> {
  const pack = tar.pack();
  const plain = createHash('sha256');
  const out: Buffer[] = [];
  const gz = gzip ? createGzip({ level: 6 }) : undefined;
  gz?.on('data', (c: Buffer) => out.push(c));
  const done = (async () => {
    for await (const chunk of pack as AsyncIterable<Buffer>) {
      plain.update(chunk);
      if (gz) {
        if (!gz.write(chunk)) await new Promise((r) => gz.once('drain', r));
      } else out.push(chunk);
    }
    if (gz) {
      gz.end();
      await finished(gz);
    }
  })();
  for (const f of files) await writeEntry(pack, f);
  pack.finalize();
  await done;
  const blob = Buffer.concat(out);
  return {
    blob,
    gzip,
    diffId: `sha256:${plain.digest('hex')}`,
    digest: `sha256:${createHash('sha256').update(blob).digest('hex')}`,
  };
}

function sha256(data: Buffer): string {
  return `sha256:${createHash('sha256').update(data).digest('hex')}`;
}

function json(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value), 'utf8');
}

/** The archive's members in the order they are written; `docker save` archives keep one layer in memory at a time. */
async function* members(d: Described): AsyncGenerator<Blob> {
  const hex = (digest: string) => digest.slice('sha256:'.length);
  const layers: Omit<BuiltLayer, 'blob'>[] = [];
  const blobs = new Map<string, Buffer>();
  for (const l of d.layers) {
    const built = await buildLayer(l.files, l.gzip);
    layers.push({ digest: built.digest, diffId: built.diffId, gzip: built.gzip });
    if (d.format === 'docker-save') {
      // Layers first and manifest.json last, as `docker save` writes them: the reader must not depend on the order.
      const id = hex(built.diffId);
      yield { name: `${id}/VERSION`, data: Buffer.from('1.0') };
      yield { name: `${id}/json`, data: json({ id }) };
      yield { name: `${id}/layer.tar`, data: built.blob };
    } else blobs.set(built.digest, built.blob);
  }
  const history = d.history ?? layers.map((_, i) => ({ created_by: `stridebench test layer ${i}` }));
  const configBlob = json({
    architecture: d.architecture,
    os: d.os,
    created: MTIME.toISOString(),
    config: d.config,
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: history.map((h) => ({ created: MTIME.toISOString(), ...h })),
  });
  const configDigest = sha256(configBlob);

  if (d.format === 'docker-save') {
    yield { name: `${hex(configDigest)}.json`, data: configBlob };
    yield {
      name: 'manifest.json',
      data: json([
        {
          Config: `${hex(configDigest)}.json`,
          RepoTags: d.tags,
          Layers: layers.map((l) => `${hex(l.diffId)}/layer.tar`),
        },
      ]),
    };
    return;
  }

  const manifestBlob = json({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: configBlob.length },
    layers: layers.map((l) => ({
      mediaType: l.gzip ? 'application/vnd.oci.image.layer.v1.tar+gzip' : 'application/vnd.oci.image.layer.v1.tar',
      digest: l.digest,
      size: blobs.get(l.digest)?.length ?? 0,
    })),
  });
  const manifestDigest = sha256(manifestBlob);
  const manifestDescriptor = {
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    digest: manifestDigest,
    size: manifestBlob.length,
    platform: { architecture: d.architecture, os: d.os },
  };
  const indexBlobs: Blob[] = [];
  let top: Record<string, unknown> = manifestDescriptor;
  if (d.index) {
    const indexBlob = json({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        manifestDescriptor,
        // Another platform the archive does not hold, as in a `docker save` of one platform of a multi-platform image.
        { ...manifestDescriptor, digest: `sha256:${'0'.repeat(64)}`, platform: { architecture: 'arm64', os: 'linux' } },
      ],
    });
    indexBlobs.push({ name: `blobs/sha256/${hex(sha256(indexBlob))}`, data: indexBlob });
    top = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: sha256(indexBlob), size: indexBlob.length };
  }
  const tag = d.tags[0];
  const index = json({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.index.v1+json',
    manifests: [
      {
        ...top,
        ...(tag
          ? {
              annotations: {
                'io.containerd.image.name': tag.includes('/') ? `docker.io/${tag}` : `docker.io/library/${tag}`,
                'org.opencontainers.image.ref.name': tag.slice(tag.lastIndexOf(':') + 1),
              },
            }
          : {}),
      },
    ],
  });
  // index.json first this time, blobs after.
  yield { name: 'oci-layout', data: json({ imageLayoutVersion: '1.0.0' }) };
  yield { name: 'index.json', data: index };
  yield* indexBlobs;
  yield { name: `blobs/sha256/${hex(manifestDigest)}`, data: manifestBlob };
  yield { name: `blobs/sha256/${hex(configDigest)}`, data: configBlob };
  for (const [digest, blob] of blobs) yield { name: `blobs/sha256/${hex(digest)}`, data: blob };
  if (d.dockerManifest) {
    yield {
      name: 'manifest.json',
      data: json([
        {
          Config: `blobs/sha256/${hex(configDigest)}`,
          RepoTags: d.tags,
          Layers: layers.map((l) => `blobs/sha256/${hex(l.digest)}`),
        },
      ]),
    };
  }
}

async function packArchive(blobs: AsyncIterable<Blob>, sink: (chunk: Buffer) => Promise<void> | void): Promise<void> {
  const pack = tar.pack();
  const consumed = (async () => {
    for await (const chunk of pack as AsyncIterable<Buffer>) await sink(chunk);
  })();
  const dirs = new Set<string>();
  for await (const b of blobs) {
    const parts = b.name.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (dirs.has(dir)) continue;
      dirs.add(dir);
      await entryFinished(pack, { name: `${dir}/`, type: 'directory', mode: 0o755, mtime: MTIME });
    }
    await entryFinished(pack, { name: b.name, type: 'file', mode: 0o644, mtime: MTIME }, b.data);
  }
  pack.finalize();
  await consumed;
}

/** Builds the archive in memory. */
export async function buildImageTar(description: ImageDescription): Promise<Buffer> {
  const d = ImageDescriptionSchema.parse(description);
  const chunks: Buffer[] = [];
  await packArchive(members(d), (c) => void chunks.push(c));
  const tarBuf = Buffer.concat(chunks);
  if (!d.gzip) return tarBuf;
  const { gzipSync } = await import('node:zlib');
  return gzipSync(tarBuf);
}

/** Builds the archive into a file (for the benchmark's large images). */
export async function writeImageTar(description: ImageDescription, path: string): Promise<void> {
  const d = ImageDescriptionSchema.parse(description);
  const file = createWriteStream(path);
  const gz = d.gzip ? createGzip() : undefined;
  if (gz) gz.pipe(file);
  const out: Writable = gz ?? file;
  await packArchive(members(d), async (c) => {
    if (!out.write(c)) await new Promise((r) => out.once('drain', r));
  });
  out.end();
  await finished(file);
}
