import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DECISION_STATUSES } from '../model/schema.js';
import { createGuard, type Guard, newNonce, securityHeaders } from './security.js';
import { ModelSession, type SaveOutcome } from './session.js';

export interface ServeOptions {
  /** The model file, absolute. */
  file: string;
  cwd: string;
  /** 0 picks a free port. */
  port?: number;
  /** The built front-end (index.html and assets/); defaults to dist/web/ui of this package. */
  assetsDir?: string;
  today?: () => string;
  watch?: { debounceMs?: number; pollMs?: number };
  /** A fixed token, for tests; a random 32-byte one otherwise. */
  token?: string;
}

export interface WebServer {
  /** The URL to open, token included. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export const MAX_BODY_BYTES = 2 * 1024 * 1024;
const NONCE_PLACEHOLDER = '__STRIDEBENCH_NONCE__';
// The same path from src/web (tests, tsx) and dist/web (the package): the front-end Vite builds.
const DEFAULT_ASSETS = fileURLToPath(new URL('../../dist/web/ui/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const Version = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 version');
const SaveBody = z.strictObject({ text: z.string().max(MAX_BODY_BYTES), baseVersion: Version });
const LintBody = z.strictObject({ text: z.string().max(MAX_BODY_BYTES) });
const DecisionBody = z
  .strictObject({
    threatId: z.string().regex(/^[A-Za-z0-9_.-]+@[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'a threat id, RULE@element'),
    status: z.enum(DECISION_STATUSES),
    justification: z.string().max(10_000).optional(),
    owner: z.string().max(200).optional(),
    expires: z
      .string()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'a date as YYYY-MM-DD')
      .refine((d) => d === '' || !Number.isNaN(Date.parse(d)), 'not a date')
      .optional(),
    baseVersion: Version,
  })
  .refine(
    (d) => !['accepted', 'transferred', 'not-applicable'].includes(d.status) || (d.justification ?? '').trim() !== '',
    { message: 'accepted, transferred and not-applicable need a justification', path: ['justification'] },
  );

/** Starts the web UI's server on 127.0.0.1. The library part of `stridebench serve`: it never prints. */
export async function startWebServer(options: ServeOptions): Promise<WebServer> {
  const assetsDir = resolve(options.assetsDir ?? DEFAULT_ASSETS);
  const indexHtml = await readFile(join(assetsDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`the web UI is not built (no ${join(assetsDir, 'index.html')}); run npm run build`);
  });
  const session = new ModelSession({
    file: options.file,
    cwd: options.cwd,
    today: options.today,
    watch: options.watch,
  });
  const streams = new Set<ServerResponse>();
  let guard: Guard | undefined;

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, { error: `internal error: ${(err as Error).message}` });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const refused = (guard as Guard).check(req, url);
    if (refused) {
      // The body of a refused request is not read: the connection closes with the answer, so it cannot be reused.
      securityHeaders(res);
      res
        .writeHead(refused.status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close' })
        .end(`${refused.message}\n`);
      return;
    }
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /' || route === 'GET /index.html') {
      if (url.searchParams.has('token')) {
        // The token leaves the address bar and the history; from here on the cookie carries it.
        securityHeaders(res);
        res.writeHead(303, { Location: '/', 'Set-Cookie': (guard as Guard).cookie() }).end();
        return;
      }
      const nonce = newNonce();
      securityHeaders(res, nonce);
      res
        .writeHead(200, { 'Content-Type': TYPES['.html'] as string })
        .end(indexHtml.replaceAll(NONCE_PLACEHOLDER, nonce));
      return;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/assets/')) return serveAsset(url.pathname, res);
    if (route === 'GET /api/state') return send(res, 200, await session.state());
    if (route === 'GET /api/events') return openEvents(req, res);
    if (route === 'POST /api/diagnostics') {
      const body = await readJson(req, res, LintBody);
      if (body) send(res, 200, { diagnostics: session.diagnose(body.text) });
      return;
    }
    if (route === 'PUT /api/model') {
      const body = await readJson(req, res, SaveBody);
      if (body) sendOutcome(res, await session.save(body.text, body.baseVersion));
      return;
    }
    if (route === 'POST /api/decision') {
      const body = await readJson(req, res, DecisionBody);
      if (body) {
        const { baseVersion, ...edit } = body;
        sendOutcome(res, await session.decide(edit, baseVersion));
      }
      return;
    }
    send(res, req.method === 'GET' || req.method === 'PUT' || req.method === 'POST' ? 404 : 405, {
      error: 'not found',
    });
  }

  async function serveAsset(pathname: string, res: ServerResponse): Promise<void> {
    let name: string;
    try {
      name = decodeURIComponent(pathname);
    } catch {
      return send(res, 404, { error: 'not found' });
    }
    const file = resolve(assetsDir, `.${name}`);
    const type = TYPES[extname(file)];
    if (!file.startsWith(assetsDir + sep) || !type) return send(res, 404, { error: 'not found' });
    const body = await readFile(file).catch(() => undefined);
    if (!body) return send(res, 404, { error: 'not found' });
    securityHeaders(res);
    res.writeHead(200, { 'Content-Type': type }).end(body);
  }

  function openEvents(req: IncomingMessage, res: ServerResponse): void {
    securityHeaders(res);
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write('retry: 1000\n\n');
    streams.add(res);
    const off = session.onChange(() => res.write('event: change\ndata: {}\n\n'));
    const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
    req.on('close', () => {
      off();
      clearInterval(ping);
      streams.delete(res);
    });
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const port = (server.address() as AddressInfo).port;
  guard = createGuard(port, options.token);
  return {
    url: `http://127.0.0.1:${port}/?token=${guard.token}`,
    port,
    token: guard.token,
    close: async () => {
      session.close();
      for (const s of streams) s.end();
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  securityHeaders(res);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function sendOutcome(res: ServerResponse, outcome: SaveOutcome): void {
  if (outcome.ok) send(res, 200, { version: outcome.version });
  else if (outcome.conflict)
    send(res, 409, {
      error: 'the file changed on disk since you loaded it; your edit is kept in the editor',
      version: outcome.version,
    });
  else send(res, 422, { error: outcome.error });
}

/** Reads a JSON body of at most MAX_BODY_BYTES and validates it; answers the error itself and returns undefined. */
async function readJson<T>(req: IncomingMessage, res: ServerResponse, schema: z.ZodType<T>): Promise<T | undefined> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    res.setHeader('Connection', 'close');
    send(res, 415, { error: 'send application/json' });
    return undefined;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    res.setHeader('Connection', 'close');
    send(res, 413, { error: `the body is over ${MAX_BODY_BYTES} bytes` });
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) {
      res.setHeader('Connection', 'close');
      send(res, 413, { error: `the body is over ${MAX_BODY_BYTES} bytes` });
      req.destroy();
      return undefined;
    }
    chunks.push(chunk as Buffer);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    send(res, 400, { error: 'the body is not JSON' });
    return undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    send(res, 400, {
      error: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; '),
    });
    return undefined;
  }
  return parsed.data;
}
