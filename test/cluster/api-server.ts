import { readFileSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const TLS = join(FIXTURES, 'tls');

export interface ApiRequest {
  path: string;
  limit: string | null;
  continue: string | null;
  authorization: string | undefined;
}

/** Lets a test answer a request itself (a 410, a hang); return true when it did. */
export type Intercept = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean;

export interface RecordedApiServer {
  url: string;
  token: string;
  requests: ApiRequest[];
  /** Writes a kubeconfig for this server into `dir` and returns its path. */
  kubeconfig(dir: string, options?: { context?: string; token?: string; extraContexts?: string[] }): string;
  close(): Promise<void>;
}

/**
 * A stand-in for a kube-apiserver on 127.0.0.1 (and nowhere else) that answers list calls from recorded responses:
 * `<dir>/api/v1/pods.json` is the first page of `GET /api/v1/pods`; when a page's `metadata.continue` is set, the
 * request with that token gets `pods.page2.json`, and so on. A recorded `Status` is served with its `code`; a path
 * with no recording gets the API server's plain-text 404. Requests without the bearer token get a 401 Status.
 */
export async function startRecordedApiServer(
  dir: string,
  options: { tls?: boolean; token?: string; intercept?: Intercept } = {},
): Promise<RecordedApiServer> {
  const token = options.token ?? 'stridebench-test-token-0123456789';
  const requests: ApiRequest[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({
      path: url.pathname,
      limit: url.searchParams.get('limit'),
      continue: url.searchParams.get('continue'),
      authorization: req.headers.authorization,
    });
    if (options.intercept?.(req, res, url)) return;
    if (req.headers.authorization !== `Bearer ${token}`) {
      return json(res, 401, status(401, 'Unauthorized', 'Unauthorized'));
    }
    const file = pageFile(dir, url.pathname, url.searchParams.get('continue'));
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('404 page not found\n');
      return;
    }
    const body = readFileSync(file, 'utf8');
    const parsed = JSON.parse(body) as { kind?: string; code?: number };
    json(res, parsed.kind === 'Status' ? (parsed.code ?? 500) : 200, body);
  };
  const server: Server = options.tls
    ? createHttpsServer(
        { cert: readFileSync(join(TLS, 'server.crt')), key: readFileSync(join(TLS, 'server.key')) },
        handler,
      )
    : createHttpServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    url,
    token,
    requests,
    kubeconfig(target, k = {}) {
      const context = k.context ?? 'kind-stride';
      const cluster = options.tls
        ? `    certificate-authority-data: ${readFileSync(join(TLS, 'server.crt')).toString('base64')}\n`
        : // client-node 1.x refuses a plain-http server unless TLS verification is switched off for it.
          '    insecure-skip-tls-verify: true\n';
      const contexts = [context, ...(k.extraContexts ?? [])]
        .map((name) => `- name: ${name}\n  context:\n    cluster: recorded\n    user: auditor\n`)
        .join('');
      const text = `apiVersion: v1
kind: Config
clusters:
- name: recorded
  cluster:
    server: ${url}
${cluster}contexts:
${contexts}current-context: ${context}
users:
- name: auditor
  user:
    token: ${k.token ?? token}
`;
      const path = join(target, 'kubeconfig');
      writeFileSync(path, text);
      return path;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

function pageFile(dir: string, path: string, token: string | null): string | undefined {
  if (path.includes('..')) return undefined;
  const base = join(dir, path);
  const read = (file: string) => {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as { metadata?: { continue?: string } };
    } catch {
      return undefined;
    }
  };
  let file = `${base}.json`;
  let page = read(file);
  if (!page) return undefined;
  if (token === null) return file;
  for (let n = 2; page; n++) {
    const next = `${base}.page${n}.json`;
    if (page.metadata?.continue === token) return read(next) ? next : undefined;
    file = next;
    page = read(file);
  }
  return undefined;
}

function status(code: number, reason: string, message: string): string {
  return JSON.stringify({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code });
}

function json(res: ServerResponse, code: number, body: string): void {
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
