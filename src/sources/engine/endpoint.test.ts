import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveEndpoint } from './endpoint.js';

const env = (vars: Record<string, string> = {}) => ({ HOME: '/nonexistent', ...vars });

describe('resolveEndpoint', () => {
  it('takes the option, then DOCKER_HOST, then the standard socket', () => {
    expect(resolveEndpoint({ host: 'unix:///run/a.sock', env: env({ DOCKER_HOST: 'unix:///b.sock' }) })).toEqual({
      endpoint: { kind: 'unix', path: '/run/a.sock', uri: 'unix:///run/a.sock' },
    });
    expect(resolveEndpoint({ env: env({ DOCKER_HOST: 'unix:///b.sock' }) })).toEqual({
      endpoint: { kind: 'unix', path: '/b.sock', uri: 'unix:///b.sock' },
    });
    expect(resolveEndpoint({ env: env() })).toEqual({
      endpoint: { kind: 'unix', path: '/var/run/docker.sock', uri: 'unix:///var/run/docker.sock' },
    });
    expect(resolveEndpoint({ host: '/tmp/d.sock', env: env() })).toMatchObject({ endpoint: { path: '/tmp/d.sock' } });
  });

  it('refuses tcp without TLS, and says where the endpoint came from', () => {
    expect(resolveEndpoint({ host: 'tcp://127.0.0.1:2375', env: env() })).toMatchObject({
      problem: { code: 'engine-insecure', message: expect.stringContaining('tcp://127.0.0.1:2375: refusing') },
    });
    expect(resolveEndpoint({ env: env({ DOCKER_HOST: 'tcp://127.0.0.1:2375' }) })).toMatchObject({
      problem: { code: 'engine-insecure', message: expect.stringContaining('(from DOCKER_HOST)') },
    });
    expect(resolveEndpoint({ host: '127.0.0.1', env: env() })).toMatchObject({
      problem: { code: 'engine-insecure', message: expect.stringContaining('tcp://127.0.0.1:2376') },
    });
  });

  it('does not support ssh:// or npipe://', () => {
    for (const host of ['ssh://me@host', 'npipe:////./pipe/docker_engine', 'ftp://x'])
      expect(resolveEndpoint({ host, env: env() })).toMatchObject({ problem: { code: 'engine-config' } });
  });

  it('reads the TLS files named on the command line or in DOCKER_CERT_PATH, and checks them', (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-endpoint-'));
    const made = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=t',
        '-days',
        '1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (made.status !== 0) return ctx.skip();
    writeFileSync(join(dir, 'ca.pem'), spawnSync('cat', [join(dir, 'cert.pem')], { encoding: 'utf8' }).stdout);
    const fromEnv = resolveEndpoint({
      host: 'tcp://localhost:2376',
      env: env({ DOCKER_CERT_PATH: dir, DOCKER_TLS_VERIFY: '1' }),
    });
    expect(fromEnv).toMatchObject({ endpoint: { kind: 'tcp', host: 'localhost', port: 2376 } });
    if ('endpoint' in fromEnv && fromEnv.endpoint.kind === 'tcp') expect(fromEnv.endpoint.tls.cert).toBeDefined();
    expect(resolveEndpoint({ host: 'tcp://localhost:2376', tlsCaCert: join(dir, 'ca.pem'), env: env() })).toMatchObject(
      {
        endpoint: { kind: 'tcp' },
      },
    );
    expect(
      resolveEndpoint({
        host: 'tcp://localhost:2376',
        tlsCaCert: join(dir, 'ca.pem'),
        tlsCert: join(dir, 'cert.pem'),
        env: env(),
      }),
    ).toMatchObject({ problem: { code: 'engine-config', message: expect.stringContaining('go together') } });
    expect(
      resolveEndpoint({ host: 'tcp://localhost:2376', tlsCaCert: join(dir, 'key.pem'), env: env() }),
    ).toMatchObject({
      problem: { code: 'engine-config', message: expect.stringContaining('not a PEM certificate') },
    });
    expect(
      resolveEndpoint({ host: 'tcp://localhost:2376', tlsCaCert: join(dir, 'missing.pem'), env: env() }),
    ).toMatchObject({
      problem: { code: 'engine-config', message: expect.stringContaining('no such file') },
    });
  });
});
