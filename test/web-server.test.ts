import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../src/web/server.js';
import { versionOf } from '../src/web/session.js';
import { copyExample } from './cli-harness.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request: node:http lets the test set Host, Origin and Cookie as an attacker's browser might. */
function send(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/api/state',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-NONCE'; connect-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

describe('stridebench serve: the HTTP server', () => {
  let dir: string;
  let model: string;
  let server: WebServer;
  let auth: Record<string, string>;
  let api: (options?: Parameters<typeof send>[1]) => Promise<Reply>;

  beforeAll(async () => {
    dir = copyExample('docker', 'sb-web-');
    model = join(dir, 'docker/threatmodel.yaml');
    chmodSync(model, 0o600);
    // A stand-in front-end: the server only needs index.html with the nonce placeholder, and assets/.
    const assets = join(dir, 'ui');
    mkdirSync(join(assets, 'assets'), { recursive: true });
    writeFileSync(
      join(assets, 'index.html'),
      '<!doctype html><meta name="stridebench-style-nonce" content="__STRIDEBENCH_NONCE__"><script type="module" src="/assets/app.js"></script>',
    );
    writeFileSync(join(assets, 'assets/app.js'), 'export {};\n');
    writeFileSync(join(dir, 'secret.txt'), 'not for the browser\n');
    server = await startWebServer({ file: model, cwd: dir, assetsDir: assets, today: () => '2026-01-15' });
    auth = { Cookie: `stridebench-${server.port}=${server.token}` };
    api = (options = {}) => send(server.port, { ...options, headers: { ...auth, ...options.headers } });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints a loopback URL carrying a 32-byte random token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
  });

  it('answers 401 without the token, with a wrong one, and with the right one under another port name', async () => {
    for (const path of ['/', '/api/state', '/api/events', '/assets/app.js', '/index.html', '/nothing']) {
      expect((await send(server.port, { path })).status, path).toBe(401);
    }
    const wrong = `${server.token.slice(0, -1)}${server.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await send(server.port, { path: `/?token=${wrong}` })).status).toBe(401);
    expect((await send(server.port, { headers: { Cookie: `stridebench-${server.port}=${wrong}` } })).status).toBe(401);
    expect((await send(server.port, { headers: { Cookie: `stridebench-1=${server.token}` } })).status).toBe(401);
    expect((await send(server.port, { headers: { 'X-Stridebench-Token': wrong } })).status).toBe(401);
    const refused = await send(server.port, { method: 'PUT', path: '/api/model', body: '{}' });
    expect(refused.status).toBe(401);
    expect(refused.headers['content-security-policy']).toBeDefined();
  });

  it('trades the URL token for an HttpOnly SameSite=Strict cookie and sends the token out of the address bar', async () => {
    const first = await send(server.port, { path: `/?token=${server.token}` });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(first.headers['set-cookie']).toEqual([
      `stridebench-${server.port}=${server.token}; Path=/; HttpOnly; SameSite=Strict`,
    ]);
    const page = await api({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect((await send(server.port, { headers: { 'X-Stridebench-Token': server.token } })).status).toBe(200);
  });

  it('answers 403 to a Host that is not loopback with our port: DNS rebinding', async () => {
    for (const host of [
      'evil.example:' + server.port,
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1',
      `rebind.127.0.0.1.nip.io:${server.port}`,
      `[::1]:${server.port}`,
    ]) {
      const reply = await send(server.port, { headers: { ...auth, Host: host } });
      expect(reply.status, host).toBe(403);
      expect(reply.body).toBe('forbidden: unexpected Host\n');
    }
    expect((await api({ headers: { Host: `localhost:${server.port}` } })).status).toBe(200);
  });

  it('answers 403 to another Origin or a cross-site fetch, even with the token', async () => {
    for (const origin of [
      'http://evil.example',
      `http://127.0.0.1:${server.port + 1}`,
      `https://127.0.0.1:${server.port}`,
      'null',
    ]) {
      for (const [method, path] of [
        ['GET', '/api/state'],
        ['PUT', '/api/model'],
        ['POST', '/api/decision'],
      ] as const) {
        const reply = await api({
          method,
          path,
          headers: { Origin: origin, 'Content-Type': 'application/json' },
          body: '{}',
        });
        expect(reply.status, `${origin} ${method} ${path}`).toBe(403);
      }
    }
    expect((await api({ headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect((await api({ headers: { 'Sec-Fetch-Site': 'same-site' } })).status).toBe(403);
    expect(
      (await api({ headers: { Origin: `http://127.0.0.1:${server.port}`, 'Sec-Fetch-Site': 'same-origin' } })).status,
    ).toBe(200);
  });

  it('sends a strict CSP with a fresh style nonce per page, and the hardening headers', async () => {
    const a = await api({ path: '/' });
    const b = await api({ path: '/' });
    const nonceOf = (r: Reply) => /content="([^"]+)"/.exec(r.body)?.[1] as string;
    expect(nonceOf(a)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(a)).not.toBe(nonceOf(b));
    expect(a.headers['content-security-policy']).toBe(CSP.replace('NONCE', nonceOf(a)));
    const json = await api();
    expect(json.headers['content-security-policy']).toBe(CSP.replace(" 'nonce-NONCE'", ''));
    for (const r of [a, json]) {
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(r.headers['referrer-policy']).toBe('no-referrer');
      expect(r.headers['x-frame-options']).toBe('DENY');
      expect(r.headers['cache-control']).toBe('no-store');
    }
  });

  it('serves only files of the built front-end', async () => {
    expect((await api({ path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const path of [
      '/assets/../../secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets/missing.js',
      '/assets/%E0%A4%A.js',
      '/secret.txt',
    ])
      expect((await api({ path })).status, path).toBe(404);
  });

  it('gives the state: text, version, diagnostics, the check report and the diagram', async () => {
    const reply = await api();
    expect(reply.status).toBe(200);
    const state = JSON.parse(reply.body);
    const text = readFileSync(model, 'utf8');
    expect(state.file).toBe('docker/threatmodel.yaml');
    expect(state.text).toBe(text);
    expect(state.version).toBe(versionOf(text));
    expect(state.report.threats.length).toBeGreaterThan(20);
    expect(state.report.threats.find((t: { id: string }) => t.id === 'T-DKR-027@registry').status).toBe('accepted');
    expect(state.artifacts).toEqual(
      expect.arrayContaining(['docker/compose.yaml', 'docker/daemon.json', 'docker/registry/compose.yaml']),
    );
    // Selecting a boundary shows the threats of what is inside it, nested boundaries included, and of its flows.
    expect(state.inBoundary['sidecar-container']).toEqual(['component:sidecar']);
    expect(state.inBoundary['docker-host']).toEqual(
      expect.arrayContaining(['component:dockerd', 'component:host-os', 'component:app', 'component:sidecar']),
    );
    expect(state.inBoundary['docker-host']).not.toContain('component:registry');
    expect(state.inBoundary['docker-host'].some((k: string) => k.startsWith('flow:'))).toBe(true);
    if ('svg' in state.diagram) expect(state.diagram.svg).toContain('data-element="component:registry"');
    else expect(state.diagram.error).toMatch(/diagram/);
  });

  it('lints a text being edited with the loader, at its line and column', async () => {
    const reply = await api({
      method: 'POST',
      path: '/api/diagnostics',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: 'version: 1\nsystem:\n  name: x\ncomponents:\n  - id: a\n    name: A\n    kind: robot\n',
      }),
    });
    expect(reply.status).toBe(200);
    const { diagnostics } = JSON.parse(reply.body);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'invalid-value',
      severity: 'error',
      location: { uri: 'docker/threatmodel.yaml', startLine: 7, startColumn: 11, endLine: 7, endColumn: 16 },
    });
  });

  it('refuses bodies that are not JSON, too large, or invalid', async () => {
    const put = (body: string, type = 'application/json') =>
      api({ method: 'PUT', path: '/api/model', headers: { 'Content-Type': type }, body });
    expect((await put('text: x', 'text/plain')).status).toBe(415);
    expect((await put('{not json')).status).toBe(400);
    expect((await put(JSON.stringify({ text: 'x' }))).status).toBe(400);
    expect((await put(JSON.stringify({ text: 'x', baseVersion: 'abc' }))).status).toBe(400);
    expect((await put(JSON.stringify({ text: 'x', baseVersion: 'a'.repeat(64), extra: 1 }))).status).toBe(400);
    const big = await put(JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024 + 10), baseVersion: 'a'.repeat(64) }));
    expect(big.status).toBe(413);
    expect(readFileSync(model, 'utf8')).toContain('Docker client, host and registry');
  });

  it('refuses a save whose base is not the file on disk (409), and leaves the file as it is', async () => {
    const before = readFileSync(model, 'utf8');
    const reply = await api({
      method: 'PUT',
      path: '/api/model',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'version: 1\n', baseVersion: versionOf(`${before}# older\n`) }),
    });
    expect(reply.status).toBe(409);
    expect(JSON.parse(reply.body)).toEqual({
      error: 'the file changed on disk since you loaded it; your edit is kept in the editor',
      version: versionOf(before),
    });
    expect(readFileSync(model, 'utf8')).toBe(before);
  });

  it('saves atomically with the base version and keeps the file mode', async () => {
    const before = readFileSync(model, 'utf8');
    const text = before.replace(
      'name: Docker client, host and registry',
      'name: Docker client, host and registry (v2)',
    );
    const reply = await api({
      method: 'PUT',
      path: '/api/model',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, baseVersion: versionOf(before) }),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toEqual({ version: versionOf(text) });
    expect(readFileSync(model, 'utf8')).toBe(text);
    expect(statSync(model).mode & 0o777).toBe(0o600);
    const state = JSON.parse((await api()).body);
    expect(state.version).toBe(versionOf(text));
    expect(state.report.model.system).toBe('Docker client, host and registry (v2)');
  });

  it('records a decision in the YAML, keeping comments, and validates it', async () => {
    const before = readFileSync(model, 'utf8');
    const decide = (body: object) =>
      api({
        method: 'POST',
        path: '/api/decision',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ baseVersion: versionOf(readFileSync(model, 'utf8')), ...body }),
      });
    const missing = await decide({ threatId: 'T-DKR-001@docker-client', status: 'accepted' });
    expect(missing.status).toBe(400);
    expect(JSON.parse(missing.body).error).toBe(
      'justification: accepted, transferred and not-applicable need a justification',
    );
    expect((await decide({ threatId: 'T-DKR-001@nowhere', status: 'open' })).status).toBe(422);
    expect((await decide({ threatId: '<script>', status: 'open' })).status).toBe(400);
    expect(
      (await decide({ threatId: 'T-DKR-027@registry', status: 'accepted', justification: 'x', expires: '2026-13-45' }))
        .status,
    ).toBe(400);
    expect(readFileSync(model, 'utf8')).toBe(before);

    const state = JSON.parse((await api()).body);
    const open = state.report.threats.find((t: { decision?: unknown }) => !t.decision);
    const ok = await decide({
      threatId: open.id,
      status: 'accepted',
      justification: 'Reviewed in the 2026 threat review.',
      owner: 'sec',
    });
    expect(ok.status).toBe(200);
    const after = readFileSync(model, 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    expect(after.slice(before.trimEnd().length)).toBe(
      `\n  - threat: ${open.id}\n    status: accepted\n    justification: Reviewed in the 2026 threat review.\n    owner: sec\n`,
    );
    const next = JSON.parse((await api()).body);
    expect(next.report.threats.find((t: { id: string }) => t.id === open.id).status).toBe('accepted');
    expect(statSync(model).mode & 0o777).toBe(0o600);
  });

  it('pushes a change event when the model file or a linked artifact changes on disk, and only then', async () => {
    const events = await new Promise<{ data: () => string; close: () => void }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/events',
          headers: { Host: `127.0.0.1:${server.port}`, ...auth },
        },
        (res) => {
          let data = '';
          res.on('data', (c: Buffer) => {
            data += c.toString('utf8');
          });
          expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
          resolve({ data: () => data, close: () => req.destroy() });
        },
      );
      req.on('error', reject);
      req.end();
    });
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const changes = () => events.data().split('event: change\ndata: {}\n\n').length - 1;
    const waitForChange = async (after: number) => {
      const deadline = Date.now() + 5000;
      while (changes() === after && Date.now() < deadline) await sleep(50);
      return changes();
    };
    try {
      expect(events.data().startsWith('retry: 1000\n\n')).toBe(true);
      // The earlier tests' own saves may still be reported; then nothing changes and nothing is sent.
      await sleep(1500);
      const settled = changes();
      await sleep(1300);
      expect(changes()).toBe(settled);

      writeFileSync(model, `${readFileSync(model, 'utf8')}# edited outside\n`);
      const afterModel = await waitForChange(settled);
      expect(afterModel).toBeGreaterThan(settled);

      await sleep(500);
      const before = changes();
      const daemon = join(dir, 'docker/daemon.json');
      writeFileSync(daemon, readFileSync(daemon, 'utf8').replace('{', '{\n  "debug": false,'));
      expect(await waitForChange(before)).toBeGreaterThan(before);
      const state = JSON.parse((await api()).body);
      expect(state.text.endsWith('# edited outside\n')).toBe(true);
    } finally {
      events.close();
    }
  });
});
