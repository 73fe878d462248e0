import { Readable } from 'node:stream';
import type { ImageReadOptions } from '../image/index.js';
import { type ImageReadResult, readImageArchive } from '../image/read.js';
import { EngineClient, EngineError } from './client.js';
import { type EndpointOptions, resolveEndpoint } from './endpoint.js';

const HEAD = 512;

/**
 * Reads one image of the engine in full: `GET /images/<name>/get` (what `docker save` calls) streamed straight into
 * the image reader, never written to disk. The image's findings are named `image:<name>`.
 */
export async function readSavedImage(
  name: string,
  options: EndpointOptions & { timeoutMs?: number },
  limits: ImageReadOptions = {},
): Promise<ImageReadResult> {
  const resolved = resolveEndpoint(options);
  if ('problem' in resolved)
    return {
      images: [],
      diagnostics: [{ code: resolved.problem.code, severity: 'error', message: resolved.problem.message }],
    };
  const client = new EngineClient(resolved.endpoint, { timeoutMs: options.timeoutMs });
  const uri = `image:${name}`;
  try {
    await client.negotiate();
    const path = `/images/${encodeURIComponent(name)}`;
    try {
      await client.get(`${path}/json`);
    } catch (err) {
      if (err instanceof EngineError && err.status === 404)
        throw new EngineError('engine-not-found', `${resolved.endpoint.uri}: no image ${name} on this engine`, 404);
      throw err;
    }
    const stream = await client.stream(`${path}/get`);
    const result = await readImageArchive(await replayable(stream), uri, limits);
    // `docker save` of one image: the archive's own name for it is the name asked for.
    for (const image of result.images) image.uri = uri;
    return result;
  } catch (err) {
    if (err instanceof EngineError)
      return { images: [], diagnostics: [{ code: err.code, severity: 'error', message: err.message }] };
    throw err;
  }
}

/** The first bytes of a stream (to tell tar from gzip) and the whole stream again, read once. */
async function replayable(stream: Readable): Promise<{ head: Buffer; open(): Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first: Buffer[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    first.push(next.value);
    size += next.value.length;
  }
  const head = Buffer.concat(first);
  return {
    head: head.subarray(0, HEAD),
    open: () =>
      Readable.from(
        (async function* () {
          yield head;
          if (done) return;
          for (;;) {
            const next = await iterator.next();
            if (next.done) return;
            yield next.value;
          }
        })(),
      ),
  };
}
