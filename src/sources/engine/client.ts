// A small Docker Engine API client over node:http and node:https.
//
// dockerode was tried first (it installs and works on Node 20 here) and set aside: its docker-modem reads
// DOCKER_HOST, DOCKER_CERT_PATH and DOCKER_TLS_VERIFY by itself in its constructor (and throws there on an odd
// value), where stridebench must take the endpoint and the environment as arguments; a timeout destroys the request
// without an error of its own, so it cannot be told from a daemon that hung up; and it brings gRPC, protobufjs and
// ssh2 (with native install scripts) for the dozen GET requests an audit makes. What it would save is below.
import { statSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { type RequestOptions as HttpsRequestOptions, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import type { DiagnosticCode } from '../../core/diagnostics.js';
import type { Endpoint } from './endpoint.js';

/** The newest API version stridebench asks for; an older daemon is asked in its own version. */
export const MAX_API_VERSION = '1.45';
/** Answers larger than this are not read: an inspect answer is a few KiB, a list of 10,000 containers a few MiB. */
const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** An Engine API call that failed, with the diagnostic code it becomes. */
export class EngineError extends Error {
  constructor(
    readonly code: DiagnosticCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface EngineClientOptions {
  /** Per request: an answer not complete by then fails with `engine-timeout`. Default 30 s. */
  timeoutMs?: number;
}

/**
 * Talks to one engine. Every failure is an `EngineError` whose message says what to do about it; no Node error or
 * stack reaches the user.
 */
export class EngineClient {
  readonly endpoint: Endpoint;
  readonly timeoutMs: number;
  #prefix = '';

  constructor(endpoint: Endpoint, options: EngineClientOptions = {}) {
    this.endpoint = endpoint;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /**
   * Asks the daemon its version (unversioned, as the docker CLI does to negotiate) and uses the lower of its API
   * version and ours for every later call.
   */
  async negotiate(): Promise<Record<string, unknown>> {
    const version = await this.get<Record<string, unknown>>('/version');
    const api = typeof version.ApiVersion === 'string' ? version.ApiVersion : undefined;
    if (!api || !/^\d+\.\d+$/.test(api))
      throw new EngineError(
        'engine-api-error',
        `${this.endpoint.uri} answered /version without an ApiVersion: it does not look like a Docker Engine`,
      );
    this.#prefix = `/v${compareApi(api, MAX_API_VERSION) < 0 ? api : MAX_API_VERSION}`;
    return version;
  }

  /** GET a JSON answer. */
  async get<T>(path: string, query: Record<string, string> = {}): Promise<T> {
    const res = await this.#send(path, query);
    const body = await readBody(res, MAX_JSON_BYTES, () => this.#timeout(path));
    if ((res.statusCode ?? 0) >= 300) throw this.#statusError(path, res.statusCode ?? 0, body);
    try {
      return JSON.parse(body.toString('utf8')) as T;
    } catch {
      throw new EngineError('engine-api-error', `${this.endpoint.uri}${path}: the answer is not JSON`);
    }
  }

  /** GET a stream (`/images/<name>/get`); the timeout then only covers the wait for the answer to start. */
  async stream(path: string, query: Record<string, string> = {}): Promise<Readable> {
    const res = await this.#send(path, query, { streaming: true });
    if ((res.statusCode ?? 0) >= 300) {
      const body = await readBody(res, 1024 * 1024, () => this.#timeout(path));
      throw this.#statusError(path, res.statusCode ?? 0, body);
    }
    return res;
  }

  #send(path: string, query: Record<string, string>, opts: { streaming?: boolean } = {}): Promise<IncomingMessage> {
    const qs = new URLSearchParams(query).toString();
    const full = `${this.#prefix}${path}${qs ? `?${qs}` : ''}`;
    const e = this.endpoint;
    const options: HttpsRequestOptions =
      e.kind === 'unix'
        ? { socketPath: e.path, path: full, method: 'GET', headers: { host: 'docker' } }
        : {
            host: e.host,
            port: e.port,
            path: full,
            method: 'GET',
            ca: e.tls.ca,
            cert: e.tls.cert,
            key: e.tls.key,
            rejectUnauthorized: true,
          };
    return new Promise((resolvePromise, reject) => {
      let req: ReturnType<typeof httpRequest>;
      try {
        req = (e.kind === 'tcp' ? httpsRequest : httpRequest)(options);
      } catch (err) {
        // Unreadable PEM data fails when the TLS context is built, before any connection.
        return reject(
          new EngineError('engine-config', `${e.uri}: the TLS files cannot be used: ${(err as Error).message}`),
        );
      }
      const timer = setTimeout(() => req.destroy(this.#timeout(path)), this.timeoutMs);
      req.on('response', (res) => {
        if (opts.streaming) clearTimeout(timer);
        else res.on('close', () => clearTimeout(timer));
        resolvePromise(res);
      });
      req.on('error', (err) => {
        clearTimeout(timer);
        reject(err instanceof EngineError ? err : this.#connectError(err as NodeJS.ErrnoException));
      });
      req.end();
    });
  }

  #timeout(path: string): EngineError {
    return new EngineError(
      'engine-timeout',
      `${this.endpoint.uri}: no complete answer to ${path} within ${formatSeconds(this.timeoutMs)}; the daemon is not answering (raise --docker-timeout if it is only slow)`,
    );
  }

  #connectError(err: NodeJS.ErrnoException): EngineError {
    const e = this.endpoint;
    const where = e.uri;
    const code = err.code ?? '';
    if (e.kind === 'unix') {
      if (code === 'ENOENT')
        return new EngineError('engine-unreachable', `${where}: no socket at ${e.path}; is dockerd running there?`);
      if (code === 'ECONNREFUSED')
        return new EngineError(
          'engine-unreachable',
          isSocket(e.path)
            ? `${where}: nothing is listening on ${e.path} (a socket left by a daemon that stopped?)`
            : `${where}: ${e.path} is not a socket`,
        );
      if (code === 'EACCES' || code === 'EPERM')
        return new EngineError(
          'engine-permission',
          `${where}: permission denied on ${e.path}. Run stridebench as root or as a member of the socket's group; either can control the daemon, so grant it only to whoever may be root on the host`,
        );
      if (code === 'ENOTSOCK' || code === 'ENOTDIR' || code === 'EINVAL')
        return new EngineError('engine-unreachable', `${where}: ${e.path} is not a socket`);
    } else {
      if (code === 'ECONNREFUSED')
        return new EngineError('engine-unreachable', `${where}: connection refused; is dockerd listening there?`);
      if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
        return new EngineError('engine-unreachable', `${where}: the host name ${e.host} does not resolve`);
      if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
        return new EngineError('engine-unreachable', `${where}: the host cannot be reached`);
      if (/wrong.version.number|packet.length.too.long|http.request/i.test(`${code} ${err.message}`))
        return new EngineError(
          'engine-tls',
          `${where}: the endpoint does not speak TLS; a daemon serving plain tcp must be fixed (dockerd --tlsverify, CIS Docker 2.7), not used`,
        );
      if (
        /CERT|SELF_SIGNED|UNABLE_TO|ALTNAME|ERR_TLS|ERR_SSL|EPROTO/i.test(code) ||
        /certificate|ssl|tls/i.test(err.message)
      )
        return new EngineError(
          'engine-tls',
          `${where}: TLS failed (${tlsReason(err)}); check --tlscacert (the CA that signed the daemon's certificate), --tlscert and --tlskey`,
        );
      if (code === 'ECONNRESET')
        return new EngineError(
          'engine-tls',
          `${where}: the daemon closed the connection during the TLS handshake; it may require a client certificate (--tlscert, --tlskey) signed by its CA`,
        );
    }
    return new EngineError('engine-unreachable', `${where}: ${code || err.message}`);
  }

  #statusError(path: string, status: number, body: Buffer): EngineError {
    let message = body.toString('utf8').trim();
    try {
      const parsed = JSON.parse(message) as { message?: unknown };
      if (typeof parsed.message === 'string') message = parsed.message;
    } catch {}
    message = message.replace(/\s+/g, ' ').slice(0, 300);
    const where = `${this.endpoint.uri}${path}`;
    if (status === 401 || status === 403)
      return new EngineError(
        'engine-permission',
        `${where}: the daemon refused the request (HTTP ${status}${message ? `: ${message}` : ''}); an authorization plugin may deny it`,
        status,
      );
    if (status === 404) return new EngineError('engine-not-found', `${where}: ${message || 'not found'}`, status);
    if (status === 400 && /HTTPS server/i.test(message))
      return new EngineError('engine-tls', `${where}: the daemon expects TLS`, status);
    return new EngineError('engine-api-error', `${where}: HTTP ${status}${message ? `: ${message}` : ''}`, status);
  }
}

function readBody(res: IncomingMessage, limit: number, timeout: () => EngineError): Promise<Buffer> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        res.destroy(new EngineError('engine-api-error', `an answer larger than ${limit} bytes was not read`));
        return;
      }
      chunks.push(chunk);
    });
    res.on('end', () => resolvePromise(Buffer.concat(chunks)));
    res.on('error', (err) => reject(err instanceof EngineError ? err : timeout()));
    res.on('aborted', () => reject(timeout()));
  });
}

function isSocket(path: string): boolean {
  try {
    return statSync(path).isSocket();
  } catch {
    return false;
  }
}

function tlsReason(err: NodeJS.ErrnoException): string {
  const reason = (err as { reason?: string }).reason;
  return (reason || err.message || err.code || 'handshake failed').replace(/\s+/g, ' ').slice(0, 200);
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** Compares `1.41` and `1.45` as versions, not as decimals (`1.9` < `1.10`). */
export function compareApi(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

/** Runs `fn` over `items` with at most `limit` calls in flight, keeping the order of the results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
