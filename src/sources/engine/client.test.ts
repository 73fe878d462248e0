import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EngineClient, EngineError } from './client.js';

describe('EngineClient over a unix socket', () => {
  let dir: string;
  let server: Server;
  const seen: string[] = [];
  const client = () => new EngineClient({ kind: 'unix', path: join(dir, 'd.sock'), uri: `unix://${dir}/d.sock` });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sb-client-'));
    server = createServer((req, res) => {
      seen.push(req.url ?? '');
      const path = (req.url ?? '').replace(/^\/v[\d.]+/, '');
      if (req.url === '/version') return res.end(JSON.stringify({ Version: '20.10.24', ApiVersion: '1.41' }));
      if (path === '/info') return res.end(JSON.stringify({ ID: 'x' }));
      if (path === '/forbidden') {
        res.statusCode = 403;
        return res.end(JSON.stringify({ message: 'authorization denied by plugin opa' }));
      }
      if (path === '/text') return res.end('<html>hello</html>');
      res.statusCode = 404;
      res.end(JSON.stringify({ message: 'page not found' }));
    });
    await new Promise<void>((r) => server.listen(join(dir, 'd.sock'), () => r()));
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(dir, { recursive: true, force: true });
  });

  it('negotiates the API version: the lower of the daemon and ours', async () => {
    const c = client();
    expect(await c.negotiate()).toMatchObject({ ApiVersion: '1.41' });
    expect(await c.get('/info')).toEqual({ ID: 'x' });
    expect(seen.slice(-2)).toEqual(['/version', '/v1.41/info']);
  });

  it('turns HTTP errors into coded errors with the daemon message', async () => {
    const c = client();
    await c.negotiate();
    await expect(c.get('/forbidden')).rejects.toMatchObject({
      code: 'engine-permission',
      status: 403,
      message: expect.stringContaining('authorization denied by plugin opa'),
    });
    await expect(c.get('/nothing')).rejects.toMatchObject({ code: 'engine-not-found', status: 404 });
    await expect(c.get('/text')).rejects.toMatchObject({ code: 'engine-api-error' });
    await expect(c.get('/text')).rejects.toBeInstanceOf(EngineError);
  });
});
