import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { Transform, Writable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';
import { CONTENT_CAP, isAccountFile, isInteresting, TOTAL_CONTENT_CAP } from './interesting.js';
import type { ImageFileType, ImageReadLimits, UnsafeEntry } from './model.js';
import { baseName, normaliseEntryName, parentOf, symlinkEscapes } from './paths.js';

/** An input problem found while streaming: becomes a coded diagnostic, never a crash. */
export class ImageReadError extends Error {
  constructor(
    readonly code: 'image-too-large' | 'image-corrupt' | 'image-truncated' | 'image-unsupported',
    message: string,
  ) {
    super(message);
  }
}

/** One entry of a layer tar, as kept until the layers are stacked. */
export interface LayerEntry {
  kind: ImageFileType | 'whiteout' | 'opaque';
  path: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  linkTarget?: string;
  capabilities?: boolean;
}

export interface LayerSummary {
  compression: 'gzip' | 'none';
  /** sha256 of the uncompressed tar. */
  diffId: string;
  entries: LayerEntry[];
  contents: Map<string, { data: Buffer; truncated: boolean }>;
  /** Unsafe entries, with `layer` filled in when the layer's place in an image is known. */
  unsafe: Omit<UnsafeEntry, 'layer'>[];
}

/** State shared by everything read from one archive: the limits and what has been spent of them. */
export class ReadBudget {
  readonly maxBytes: number;
  readonly maxRatio: number;
  readonly maxEntries: number;
  decompressed = 0;
  /** Archive members and layer entries kept so far. */
  entries = 0;
  /** Bytes of file content kept. */
  content = 0;
  /** Bytes of JSON members (manifests, configs) kept. */
  json = 0;

  constructor(limits: ImageReadLimits = {}) {
    this.maxBytes = limits.maxBytes ?? 16 * 1024 ** 3;
    this.maxRatio = limits.maxRatio ?? 200;
    this.maxEntries = limits.maxEntries ?? 1_000_000;
  }
}

/** A decompressor's output below this size is never judged by its ratio: small runs of zeros are normal. */
const RATIO_FLOOR = 256 * 1024 * 1024;

/**
 * Counts what a decompressor produces against the archive's budget and its own ratio, so that a gzip bomb (or a
 * gzip inside a gzip) stops with `image-too-large` instead of running for hours.
 */
export function inflateGuard(
  budget: ReadBudget,
  what: string,
  compressedSoFar: () => number,
  onChunk?: (chunk: Buffer) => void,
): Transform {
  let produced = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      produced += chunk.length;
      budget.decompressed += chunk.length;
      if (budget.decompressed > budget.maxBytes) {
        return cb(
          new ImageReadError(
            'image-too-large',
            `${what}: decompressed data exceeds the limit of ${formatBytes(budget.maxBytes)} (maxBytes)`,
          ),
        );
      }
      if (produced > RATIO_FLOOR && produced > budget.maxRatio * Math.max(1, compressedSoFar())) {
        return cb(
          new ImageReadError(
            'image-too-large',
            `${what}: expands more than ${budget.maxRatio}:1 (${formatBytes(produced)} from ${formatBytes(compressedSoFar())}), which looks like a decompression bomb (maxRatio)`,
          ),
        );
      }
      onChunk?.(chunk);
      cb(null, chunk);
    },
  });
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${+(n / 1024 ** 3).toFixed(1)} GiB`;
  if (n >= 1024 ** 2) return `${+(n / 1024 ** 2).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} B`;
}

const TYPES: Record<string, ImageFileType> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'hardlink',
  'character-device': 'char-device',
  'block-device': 'block-device',
  fifo: 'fifo',
};

interface StreamLike {
  on(event: string, fn: (...args: unknown[]) => void): unknown;
  resume(): unknown;
  [Symbol.asyncIterator](): AsyncIterator<Buffer>;
}

/** Reads an entry to its end without keeping it. */
export function drain(stream: StreamLike): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.on('end', () => resolve());
    stream.on('close', () => resolve());
    stream.on('error', (err) => reject(err));
    stream.resume();
  });
}

async function collect(stream: StreamLike, cap: number): Promise<{ data: Buffer; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let kept = 0;
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (kept < cap) {
      const part = chunk.subarray(0, cap - kept);
      chunks.push(Buffer.from(part));
      kept += part.length;
    }
  }
  return { data: Buffer.concat(chunks), truncated: total > kept };
}

/** File capabilities travel as a PAX extended attribute record. */
function hasCapabilities(pax: unknown): boolean {
  return typeof pax === 'object' && pax !== null && 'SCHILY.xattr.security.capability' in pax;
}

/**
 * Streams one layer blob (gzip or plain tar) into a summary: entry metadata, whiteouts, unsafe entries, and the
 * first bytes of the files the rules read. Nothing is written to disk and no layer is held in memory.
 */
export function startLayer(
  what: string,
  gzip: boolean,
  budget: ReadBudget,
  parseFiles: boolean,
): { write(chunk: Buffer): Promise<void>; end(): Promise<LayerSummary> } {
  const summary: LayerSummary = {
    compression: gzip ? 'gzip' : 'none',
    diffId: '',
    entries: [],
    contents: new Map(),
    unsafe: [],
  };
  const plainHash = createHash('sha256');
  let compressed = 0;
  const tap = gzip
    ? inflateGuard(
        budget,
        what,
        () => compressed,
        (c) => plainHash.update(c),
      )
    : new Transform({
        transform(chunk: Buffer, _enc, cb) {
          plainHash.update(chunk);
          cb(null, chunk);
        },
      });
  const gunzip = gzip ? createGunzip() : undefined;
  const extract = parseFiles ? tar.extract() : undefined;
  const sink: Writable = (extract as unknown as Writable) ?? new Writable({ write: (_c, _e, cb) => cb() });
  const head: Writable = gunzip ?? tap;
  let lastEntry: Promise<void> = Promise.resolve();
  const finished = new Promise<void>((resolve, reject) => {
    for (const s of [gunzip, tap, sink]) s?.on('error', reject);
    sink.on('finish', () => resolve());
  });
  finished.catch(() => {});
  if (gunzip) gunzip.pipe(tap);
  tap.pipe(sink);
  extract?.on('entry', (header, stream, next) => {
    lastEntry = readLayerEntry(header, stream as unknown as StreamLike, summary, budget, what);
    lastEntry.then(
      () => next(),
      (err) => next(err),
    );
  });
  return {
    async write(chunk) {
      compressed += chunk.length;
      if (!head.write(chunk)) await Promise.race([once(head, 'drain'), finished]);
    },
    async end() {
      head.end();
      await finished;
      await lastEntry;
      summary.diffId = `sha256:${plainHash.digest('hex')}`;
      return summary;
    },
  };
}

async function readLayerEntry(
  header: tar.Header,
  stream: StreamLike,
  summary: LayerSummary,
  budget: ReadBudget,
  what: string,
): Promise<void> {
  const kind = TYPES[header.type ?? 'file'];
  if (!kind) return drain(stream);
  if (++budget.entries > budget.maxEntries) {
    throw new ImageReadError(
      'image-too-large',
      `${what}: more than ${budget.maxEntries} layer entries over the archive (maxEntries)`,
    );
  }
  const raw = header.name;
  const name = normaliseEntryName(raw);
  if ('unsafe' in name) {
    summary.unsafe.push({ name: raw, kind: name.unsafe, ...(header.linkname ? { linkTarget: header.linkname } : {}) });
    return drain(stream);
  }
  const path = name.path;
  if (path === '/') return drain(stream);
  const base = baseName(path);
  if (base.startsWith('.wh.')) {
    const dir = parentOf(path);
    if (base === '.wh..wh..opq') summary.entries.push({ kind: 'opaque', path: dir, mode: 0, uid: 0, gid: 0, size: 0 });
    else {
      const target = `${dir === '/' ? '' : dir}/${base.slice(4)}`;
      summary.entries.push({ kind: 'whiteout', path: target, mode: 0, uid: 0, gid: 0, size: 0 });
    }
    return drain(stream);
  }
  const entry: LayerEntry = {
    kind,
    path,
    mode: (header.mode ?? 0) & 0o7777,
    uid: header.uid ?? 0,
    gid: header.gid ?? 0,
    size: header.size ?? 0,
  };
  if (kind === 'symlink') {
    entry.linkTarget = header.linkname ?? '';
    if (symlinkEscapes(path, entry.linkTarget)) {
      summary.unsafe.push({ name: raw, kind: 'symlink-escape', linkTarget: entry.linkTarget });
    }
  } else if (kind === 'hardlink') {
    const target = normaliseEntryName(header.linkname ?? '');
    if ('unsafe' in target || target.path === '/') {
      summary.unsafe.push({ name: raw, kind: 'hardlink-escape', linkTarget: header.linkname ?? '' });
      return drain(stream);
    }
    entry.linkTarget = target.path;
  }
  if (hasCapabilities(header.pax)) entry.capabilities = true;
  summary.entries.push(entry);
  if (kind === 'file' && isInteresting(path) && (budget.content < TOTAL_CONTENT_CAP || isAccountFile(path))) {
    const content = await collect(stream, CONTENT_CAP);
    budget.content += content.data.length;
    summary.contents.set(path, content);
    return;
  }
  return drain(stream);
}
