import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, copyExample, ROOT } from './cli-harness.js';

describe('stridebench serve: the command', () => {
  const dir = copyExample('webapp', 'sb-web-cli-');

  beforeAll(async () => {
    // The command serves the front-end that `npm run build` puts in dist/web/ui.
    if (!existsSync(join(ROOT, 'dist/web/ui/index.html'))) {
      const { build } = await import('vite');
      await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'silent' });
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with a message when there is no model to serve', async () => {
    const r = await cli(['serve', 'missing'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'serve: no threat model at missing (a file, or a directory holding threatmodel.yaml, threatmodel.yml, stridebench.yaml, stridebench.yml); stridebench init writes one\n',
    );
    expect((await cli(['serve', 'webapp', '--port', '70000'], dir)).code).toBe(2);
    expect((await cli(['serve', 'webapp', '--port', 'http'], dir)).code).toBe(2);
  });

  it('prints the URL with the token, serves it on 127.0.0.1, and stops on SIGTERM', async () => {
    const script = join(dir, 'cli.mts');
    writeFileSync(
      script,
      `import { processIo, run } from ${JSON.stringify(join(ROOT, 'src/cli/main.ts'))};\nprocess.exitCode = await run(process.argv.slice(2), processIo());\n`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script, 'serve', join(dir, 'webapp')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    const deadline = Date.now() + 60_000;
    while (!/token=\S+/.test(out) && Date.now() < deadline && child.exitCode === null)
      await new Promise((r) => setTimeout(r, 50));
    const url = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43})\n/.exec(out);
    expect(url, out).not.toBeNull();
    const [, port, token] = url as RegExpExecArray;
    const status = await new Promise<number>((resolve, reject) =>
      request(
        { host: '127.0.0.1', port: Number(port), path: `/?token=${token}`, headers: { Host: `127.0.0.1:${port}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end(),
    );
    expect(status).toBe(303);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 90_000);
});
