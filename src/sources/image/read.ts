import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable, Transform, type Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import type { Diagnostic, DiagnosticCode } from '../../core/diagnostics.js';
import {
  drain,
  formatBytes,
  ImageReadError,
  inflateGuard,
  type LayerSummary,
  ReadBudget,
  startLayer,
} from './layer.js';
import { stackLayers } from './merge.js';
import type { ContainerConfig, ImageDoc, ImageFormat, ImageHistoryEntry, ImageReadOptions } from './model.js';
import { archiveName, resolveArchiveLink } from './paths.js';

export interface ImageReadResult {
  images: ImageDoc[];
  diagnostics: Diagnostic[];
  /** The input is not an image archive at all (a text file, a tar of something else). */
  notAnImage?: boolean;
}

/** Where an archive comes from: its first bytes (to tell gzip from tar) and a way to stream all of it. */
export interface ArchiveSource {
  head: Buffer;
  open(): Readable;
}

/** JSON members (manifests, configs, index.json) larger than this are not read. */
const MAX_JSON = 8 * 1024 * 1024;
/** JSON kept over the whole archive: a real image needs a few KiB; a crafted one could list thousands of blobs. */
const MAX_JSON_TOTAL = 64 * 1024 * 1024;
const SNIFF = 512;

interface Member {
  digest: string;
  size: number;
  json?: Buffer;
  layer?: LayerSummary;
  unsupported?: string;
}

/** Reads an image archive from disk. A missing or unreadable file is a diagnostic like any other bad input. */
export async function readImageFile(
  path: string,
  uri: string,
  options: ImageReadOptions = {},
): Promise<ImageReadResult> {
  let head: Buffer;
  try {
    const handle = await open(path, 'r');
    try {
      const buf = Buffer.alloc(SNIFF);
      const { bytesRead } = await handle.read(buf, 0, SNIFF, 0);
      head = buf.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return {
      images: [],
      diagnostics: [
        diagnostic(
          e.code === 'ENOENT' ? 'file-not-found' : 'file-unreadable',
          uri,
          e.code === 'ENOENT' ? 'no such file or directory' : e.message,
        ),
      ],
    };
  }
  return readImageArchive({ head, open: () => createReadStream(path, { highWaterMark: 256 * 1024 }) }, uri, options);
}

/** Reads an image archive held in memory (tests, small inputs). */
export function readImageBuffer(data: Buffer, uri: string, options: ImageReadOptions = {}): Promise<ImageReadResult> {
  return readImageArchive({ head: data.subarray(0, SNIFF), open: () => Readable.from([data]) }, uri, options);
}

/**
 * Streams an image archive — `docker save` (manifest.json) or OCI image layout (index.json), plain or gzip, with
 * plain or gzip layers — in one pass, never extracting it and never holding a layer in memory. Blobs are hashed as
 * they pass, so the manifest, config and layer digests are checked against what the archive claims. Problems with the
 * input come back as coded diagnostics; an image is returned whenever it could be read.
 */
export async function readImageArchive(
  source: ArchiveSource,
  uri: string,
  options: ImageReadOptions = {},
): Promise<ImageReadResult> {
  if (!isGzip(source.head) && !isTar(source.head)) {
    return {
      images: [],
      diagnostics: [diagnostic('image-unsupported', uri, 'not an image archive: neither a tar nor a gzip file')],
      notAnImage: true,
    };
  }
  const budget = new ReadBudget(options);
  const members = new Map<string, Member>();
  const links = new Map<string, string>();
  try {
    await streamArchive(source, uri, budget, options.files !== false, members, links);
  } catch (err) {
    const d = toDiagnostic(err, uri);
    if (!d) throw err;
    return { images: [], diagnostics: [d] };
  }
  return assemble(uri, members, links);
}

function streamArchive(
  source: ArchiveSource,
  uri: string,
  budget: ReadBudget,
  parseFiles: boolean,
  members: Map<string, Member>,
  links: Map<string, string>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const input = source.open();
    const extract = tar.extract();
    const stages: Writable[] = [];
    if (isGzip(source.head)) {
      let compressed = 0;
      stages.push(
        new Transform({
          transform(chunk: Buffer, _e, cb) {
            compressed += chunk.length;
            cb(null, chunk);
          },
        }),
        createGunzip(),
        inflateGuard(budget, uri, () => compressed),
      );
    }
    let settled = false;
    let lastMember: Promise<void> = Promise.resolve();
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      input.destroy();
      for (const s of stages) s.destroy();
      extract.destroy();
      reject(err);
    };
    input.on('error', fail);
    for (const s of stages) s.on('error', fail);
    extract.on('error', fail);
    extract.on('finish', () => {
      lastMember.then(() => {
        if (settled) return;
        settled = true;
        resolve();
      }, fail);
    });
    extract.on('entry', (header, stream, next) => {
      lastMember = readMember(header, stream as unknown as Readable, budget, parseFiles, members, links);
      lastMember.then(
        () => next(),
        (err) => next(err),
      );
    });
    let tail: Readable = input;
    for (const s of stages) tail = tail.pipe(s as unknown as Transform);
    tail.pipe(extract as unknown as Writable);
  });
}

function isGzip(head: Buffer): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

function isZstd(head: Buffer): boolean {
  return head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd;
}

function isTar(head: Buffer): boolean {
  if (head.length < 512) return false;
  if (head.toString('latin1', 257, 262) === 'ustar') return true;
  // An empty layer is two zero blocks.
  return head.subarray(0, 512).every((b) => b === 0);
}

function isJson(head: Buffer): boolean {
  for (const b of head) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
    return b === 0x7b || b === 0x5b;
  }
  return false;
}

type Route =
  | { kind: 'json'; chunks: Buffer[] }
  | { kind: 'layer'; layer: ReturnType<typeof startLayer> }
  | { kind: 'skip'; unsupported?: string };

async function readMember(
  header: tar.Header,
  stream: Readable,
  budget: ReadBudget,
  parseFiles: boolean,
  members: Map<string, Member>,
  links: Map<string, string>,
): Promise<void> {
  const name = archiveName(header.name);
  if (header.type === 'symlink' || header.type === 'link') {
    // `docker save` writes a layer that appears twice as a symlink to the first copy.
    if (header.linkname) links.set(name, header.type === 'link' ? archiveName(header.linkname) : header.linkname);
    return drain(stream);
  }
  if (header.type !== 'file' && header.type !== 'contiguous-file') return drain(stream);
  if (++budget.entries > budget.maxEntries) {
    throw new ImageReadError(
      'image-too-large',
      `more than ${budget.maxEntries} archive members and layer entries (maxEntries)`,
    );
  }
  const hash = createHash('sha256');
  let size = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let route: Route | undefined;
  const choose = (head: Buffer): Route => {
    if (isGzip(head)) return { kind: 'layer', layer: startLayer(name, true, budget, parseFiles) };
    if (isTar(head)) return { kind: 'layer', layer: startLayer(name, false, budget, parseFiles) };
    if (isZstd(head)) return { kind: 'skip', unsupported: 'zstd-compressed' };
    if (isJson(head) && (header.size ?? 0) <= MAX_JSON) {
      budget.json += header.size ?? 0;
      if (budget.json > MAX_JSON_TOTAL) {
        throw new ImageReadError('image-too-large', `its JSON members exceed ${formatBytes(MAX_JSON_TOTAL)}`);
      }
      return { kind: 'json', chunks: [] };
    }
    return { kind: 'skip' };
  };
  const feed = async (r: Route, chunk: Buffer) => {
    if (r.kind === 'json') r.chunks.push(chunk);
    else if (r.kind === 'layer') await r.layer.write(chunk);
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
    if (route) {
      await feed(route, chunk);
      continue;
    }
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes < SNIFF) continue;
    const head = Buffer.concat(pending);
    pending = [];
    route = choose(head);
    await feed(route, head);
  }
  if (!route) {
    const head = Buffer.concat(pending);
    route = choose(head);
    await feed(route, head);
  }
  const member: Member = { digest: `sha256:${hash.digest('hex')}`, size };
  if (route.kind === 'json') member.json = Buffer.concat(route.chunks);
  else if (route.kind === 'layer') member.layer = await route.layer.end();
  else if (route.unsupported) member.unsupported = route.unsupported;
  members.set(name, member);
}

function toDiagnostic(err: unknown, uri: string): Diagnostic | undefined {
  if (err instanceof ImageReadError) return diagnostic(err.code, uri, err.message);
  const e = err as NodeJS.ErrnoException & { errno?: number };
  const message = String(e?.message ?? err);
  if (/^Unexpected end of data/.test(message) || e?.code === 'Z_BUF_ERROR' || /unexpected end of file/.test(message)) {
    return diagnostic('image-truncated', uri, `the archive ends early (${message}): it is truncated or incomplete`);
  }
  if (/^Invalid (tar )?header|Header exceeds max size/.test(message) || e?.code === 'Z_DATA_ERROR') {
    return diagnostic('image-corrupt', uri, `the archive is corrupt (${message})`);
  }
  if (e?.code === 'EISDIR' || e?.code === 'EACCES' || e?.code === 'ENOENT' || e?.code === 'EIO') {
    return diagnostic('file-unreadable', uri, message);
  }
  return undefined;
}

function diagnostic(
  code: DiagnosticCode,
  uri: string,
  message: string,
  severity: 'error' | 'warning' = 'error',
): Diagnostic {
  return {
    code,
    severity,
    message: `${uri}: ${message}`,
    location: { uri, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
  };
}

interface Descriptor {
  mediaType?: string;
  digest?: string;
  size?: number;
  annotations?: Record<string, string>;
  platform?: { os?: string; architecture?: string; variant?: string };
}

interface Candidate {
  format: ImageFormat;
  configName: string;
  configDigest?: string;
  layers: { name: string; digest?: string }[];
  repoTags: string[];
  manifestDigest?: string;
  indexDigest?: string;
  /** The digest index.json points at for this image: what `docker images --digests` shows. */
  topDigest?: string;
}

const INDEX_TYPES = new Set([
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
]);

function blobName(digest: string): string {
  return `blobs/${digest.replace(':', '/')}`;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

function assemble(uri: string, members: Map<string, Member>, links: Map<string, string>): ImageReadResult {
  const diagnostics: Diagnostic[] = [];
  const lookup = (name: string): Member | undefined => {
    let n = name;
    for (let hops = 0; hops < 8; hops++) {
      const m = members.get(n);
      if (m) return m;
      const link = links.get(n);
      if (link === undefined) return undefined;
      const next = resolveArchiveLink(n, link);
      if (next === undefined) return undefined;
      n = next;
    }
    return undefined;
  };
  const parse = <T>(name: string, m: Member | undefined): T | undefined => {
    if (!m?.json) return undefined;
    try {
      return JSON.parse(m.json.toString('utf8')) as T;
    } catch (err) {
      diagnostics.push(diagnostic('image-corrupt', uri, `${name} is not valid JSON (${(err as Error).message})`));
      return undefined;
    }
  };

  const candidates: Candidate[] = [];
  let notAnImage = false;
  const index = parse<{ manifests?: Descriptor[] }>('index.json', members.get('index.json'));
  const saved = parse<{ Config?: string; RepoTags?: string[] | null; Layers?: string[] }[]>(
    'manifest.json',
    members.get('manifest.json'),
  );
  if (index && Array.isArray(index.manifests)) {
    const visit = (desc: Descriptor, depth: number, top: Descriptor, indexDigest?: string) => {
      if (!desc.digest || !DIGEST.test(desc.digest)) {
        diagnostics.push(diagnostic('image-corrupt', uri, `a descriptor has no valid sha256 digest (${desc.digest})`));
        return;
      }
      if (desc.annotations?.['vnd.docker.reference.type'] === 'attestation-manifest') return;
      const name = blobName(desc.digest);
      const m = lookup(name);
      if (!m) {
        // An index lists every platform; an archive usually holds only some of them.
        if (depth === 0)
          diagnostics.push(diagnostic('image-missing-blob', uri, `${name} (from index.json) is missing`));
        return;
      }
      checkDigest(name, desc.digest, m);
      const doc = parse<{ mediaType?: string; manifests?: Descriptor[]; config?: Descriptor; layers?: Descriptor[] }>(
        name,
        m,
      );
      if (!doc) return;
      const mediaType = desc.mediaType ?? doc.mediaType ?? '';
      if (INDEX_TYPES.has(mediaType) || Array.isArray(doc.manifests)) {
        if (depth >= 3) return;
        for (const d of doc.manifests ?? []) visit(d, depth + 1, top, desc.digest);
        return;
      }
      if (!doc.config?.digest || !DIGEST.test(doc.config.digest)) {
        diagnostics.push(diagnostic('image-corrupt', uri, `manifest ${desc.digest} has no valid config descriptor`));
        return;
      }
      const refName =
        top.annotations?.['io.containerd.image.name'] ?? top.annotations?.['org.opencontainers.image.ref.name'];
      candidates.push({
        format: 'oci-layout',
        configName: blobName(doc.config.digest),
        configDigest: doc.config.digest,
        layers: (doc.layers ?? []).map((l) => ({ name: blobName(l.digest ?? ''), digest: l.digest })),
        repoTags: refName && refName.includes(':') ? [shortName(refName)] : [],
        manifestDigest: desc.digest,
        indexDigest,
        topDigest: top.digest,
      });
    };
    for (const d of index.manifests) visit(d, 0, d);
  } else if (Array.isArray(saved)) {
    for (const entry of saved) {
      if (typeof entry?.Config !== 'string' || !Array.isArray(entry.Layers)) {
        diagnostics.push(diagnostic('image-corrupt', uri, 'manifest.json has an entry without Config or Layers'));
        continue;
      }
      const configHex = /([0-9a-f]{64})(\.json)?$/.exec(entry.Config)?.[1];
      candidates.push({
        format: 'docker-save',
        configName: archiveName(entry.Config),
        configDigest: configHex ? `sha256:${configHex}` : undefined,
        layers: entry.Layers.map((l) => {
          const hex = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(archiveName(l))?.[1];
          return { name: archiveName(l), digest: hex ? `sha256:${hex}` : undefined };
        }),
        repoTags: [...(entry.RepoTags ?? [])],
      });
    }
  } else if (!index && !saved) {
    notAnImage = true;
    diagnostics.push(
      diagnostic(
        'image-unsupported',
        uri,
        'not an image archive: it holds neither manifest.json (docker save) nor index.json (OCI image layout)',
      ),
    );
  }
  // Docker 25+ writes both files: index.json has the manifest digests, manifest.json the tags.
  if (index && Array.isArray(saved)) {
    for (const c of candidates) {
      for (const s of saved) {
        if (s?.Config && c.configDigest && archiveName(s.Config).endsWith(c.configDigest.slice(7))) {
          for (const t of s.RepoTags ?? []) if (!c.repoTags.includes(t)) c.repoTags.push(t);
        }
      }
    }
  }

  function checkDigest(name: string, expected: string | undefined, m: Member): boolean {
    if (!expected || expected === m.digest) return true;
    diagnostics.push(
      diagnostic(
        'image-digest-mismatch',
        uri,
        `${name} should have digest ${expected} but its content hashes to ${m.digest}: the archive was altered`,
      ),
    );
    return false;
  }

  const images: ImageDoc[] = [];
  candidates.forEach((c, i) => {
    const docUri = candidates.length > 1 ? `${uri}#${c.repoTags[0] ?? i}` : uri;
    const configMember = lookup(c.configName);
    if (!configMember) {
      diagnostics.push(diagnostic('image-missing-blob', uri, `the image config ${c.configName} is missing`));
      return;
    }
    checkDigest(c.configName, c.configDigest, configMember);
    const config = parse<RawConfig>(c.configName, configMember);
    if (!config || typeof config !== 'object') {
      if (configMember.json === undefined)
        diagnostics.push(
          diagnostic(
            'image-corrupt',
            uri,
            `the image config ${c.configName} is not JSON, or larger than ${formatBytes(MAX_JSON)}`,
          ),
        );
      return;
    }
    const diffIds = Array.isArray(config.rootfs?.diff_ids) ? config.rootfs.diff_ids : [];
    if (diffIds.length !== c.layers.length) {
      diagnostics.push(
        diagnostic(
          'image-corrupt',
          uri,
          `the config lists ${diffIds.length} layers (rootfs.diff_ids) but the manifest ${c.layers.length}`,
        ),
      );
    }
    const summaries: LayerSummary[] = [];
    const layerInfo: ImageDoc['layers'] = [];
    let complete = true;
    c.layers.forEach((l, li) => {
      const m = lookup(l.name);
      if (!m) {
        diagnostics.push(diagnostic('image-missing-blob', uri, `layer ${li} (${l.name}) is missing`));
        complete = false;
        return;
      }
      if (m.unsupported) {
        diagnostics.push(
          diagnostic('image-unsupported', uri, `layer ${li} (${l.name}) is ${m.unsupported}, which is not supported`),
        );
        complete = false;
        return;
      }
      if (!m.layer) {
        diagnostics.push(diagnostic('image-corrupt', uri, `layer ${li} (${l.name}) is neither a tar nor a gzip tar`));
        complete = false;
        return;
      }
      checkDigest(l.name, l.digest, m);
      const diffId = diffIds[li];
      if (diffId !== undefined && diffId !== m.layer.diffId) {
        diagnostics.push(
          diagnostic(
            'image-digest-mismatch',
            uri,
            `layer ${li} (${l.name}) should have diff id ${diffId} but its uncompressed content hashes to ${m.layer.diffId}: the archive was altered`,
          ),
        );
      }
      summaries.push(m.layer);
      layerInfo.push({
        index: li,
        digest: m.digest,
        diffId: m.layer.diffId,
        compression: m.layer.compression,
        size: m.size,
        entries: m.layer.entries.length + m.layer.unsafe.length,
      });
    });
    if (!complete) return;
    const { files, unsafe } = stackLayers(summaries);
    const refused = unsafe.filter((u) => u.kind !== 'symlink-escape');
    for (const u of refused.slice(0, 20)) {
      diagnostics.push(
        diagnostic(
          'image-path-traversal',
          uri,
          `layer ${u.layer} entry ${JSON.stringify(u.name)}${u.linkTarget ? ` (link to ${JSON.stringify(u.linkTarget)})` : ''} points outside the image root (${u.kind}); it was not applied`,
          'warning',
        ),
      );
    }
    if (refused.length > 20) {
      diagnostics.push(
        diagnostic(
          'image-path-traversal',
          uri,
          `${refused.length - 20} more entries point outside the image root`,
          'warning',
        ),
      );
    }
    const repoDigests =
      c.topDigest !== undefined ? [...new Set(c.repoTags.map((t) => `${repository(t)}@${c.topDigest}`))] : [];
    images.push({
      kind: 'image',
      uri: docUri,
      format: c.format,
      digests: {
        config: configMember.digest,
        ...(c.manifestDigest ? { manifest: c.manifestDigest } : {}),
        ...(c.indexDigest ? { index: c.indexDigest } : {}),
        layers: layerInfo.map((l) => l.digest),
        diffIds: layerInfo.map((l) => l.diffId),
      },
      repoTags: c.repoTags,
      repoDigests,
      config: (config.config && typeof config.config === 'object' ? config.config : {}) as ContainerConfig,
      ...(typeof config.architecture === 'string' ? { architecture: config.architecture } : {}),
      ...(typeof config.os === 'string' ? { os: config.os } : {}),
      history: historyOf(config, summaries.length),
      layers: layerInfo,
      files,
      unsafeEntries: unsafe,
    });
  });
  return notAnImage ? { images, diagnostics, notAnImage } : { images, diagnostics };
}

interface RawConfig {
  architecture?: unknown;
  os?: unknown;
  config?: unknown;
  rootfs?: { diff_ids?: string[] };
  history?: { created_by?: unknown; empty_layer?: unknown; comment?: unknown }[];
}

function historyOf(config: RawConfig, layerCount: number): ImageHistoryEntry[] {
  const raw = Array.isArray(config.history) ? config.history : [];
  const producing = raw.filter((h) => !h?.empty_layer).length;
  let layer = 0;
  return raw.map((h, index) => {
    const entry: ImageHistoryEntry = {
      index,
      createdBy: typeof h?.created_by === 'string' ? h.created_by : '',
      emptyLayer: Boolean(h?.empty_layer),
    };
    if (typeof h?.comment === 'string') entry.comment = h.comment;
    // Map steps to layers only when the counts agree; otherwise the mapping would be a guess.
    if (!entry.emptyLayer && producing === layerCount) entry.layer = layer++;
    return entry;
  });
}

/** `docker.io/library/nginx:1.27` → `nginx:1.27`, as docker shows it. */
function shortName(ref: string): string {
  return ref.replace(/^docker\.io\/(library\/)?/, '');
}

function repository(tag: string): string {
  const slash = tag.lastIndexOf('/');
  const colon = tag.lastIndexOf(':');
  return colon > slash ? tag.slice(0, colon) : tag;
}
