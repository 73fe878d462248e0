import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, auditText } from '../../rules/audit.js';
import { composeMainFor, composeProjectFiles } from './index.js';

// A project on disk: the override and .env next to the main file are part of its project, as `docker compose up`
// reads them.
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sb-compose-'));
  mkdirSync(join(dir, 'shop'));
  mkdirSync(join(dir, 'other'));
  writeFileSync(
    join(dir, 'shop', 'docker-compose.yml'),
    'services:\n  web:\n    image: "nginx:${TAG}"\n    ports: ["${PORT:-80}:80"]\n',
  );
  writeFileSync(join(dir, 'shop', 'docker-compose.override.yml'), 'services:\n  web:\n    privileged: true\n');
  writeFileSync(join(dir, 'shop', '.env'), 'TAG=1.27\n');
  writeFileSync(join(dir, 'other', 'docker-compose.prod.yml'), 'services:\n  api:\n    privileged: true\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rt001 = (r: Awaited<ReturnType<typeof audit>>) =>
  r.findings
    .filter((f) => f.ruleId === 'RT001')
    .map((f) => `${f.location?.uri}:${f.location?.startLine}:${f.location?.startColumn}`);

describe('audit of compose projects', () => {
  it('audits a directory: the override is part of its main project, other compose files stand alone', async () => {
    const r = await audit({ paths: ['.'], cwd: dir });
    expect(r.inputs.filter((i) => i.kind === 'compose')).toEqual([
      { target: 'other/docker-compose.prod.yml', kind: 'compose' },
      { target: 'shop/docker-compose.yml', kind: 'compose' },
    ]);
    expect(rt001(r)).toEqual(['other/docker-compose.prod.yml:3:5', 'shop/docker-compose.override.yml:3:5']);
    expect(r.diagnostics.filter((d) => d.location?.uri.startsWith('shop'))).toEqual([]);
  });

  it('audits the main file named explicitly with its override and .env', async () => {
    const r = await audit({ paths: ['shop/docker-compose.yml'], cwd: dir });
    expect(r.inputs).toEqual([{ target: 'shop/docker-compose.yml', kind: 'compose' }]);
    expect(rt001(r)).toEqual(['shop/docker-compose.override.yml:3:5']);
  });

  it('audits an override file named on its own as a project of its own', async () => {
    const r = await audit({ paths: ['shop/docker-compose.override.yml'], cwd: dir });
    expect(r.inputs).toEqual([{ target: 'shop/docker-compose.override.yml', kind: 'compose' }]);
    expect(rt001(r)).toEqual(['shop/docker-compose.override.yml:3:5']);
  });

  it('audits compose text on its own (stdin): no .env, unresolved variables are warnings', () => {
    const r = auditText('services:\n  web:\n    image: "nginx:${TAG}"\n', '-', 'compose');
    expect(r.inputs).toEqual([{ target: '-', kind: 'compose' }]);
    expect(r.diagnostics.map((d) => `${d.code} ${d.location?.startLine}:${d.location?.startColumn}`)).toEqual([
      'compose-unresolved 3:12',
    ]);
    expect(r.checks.every((c) => c.state !== 'error')).toBe(true);
  });
});

describe('which files make a project', () => {
  const existing =
    (...files: string[]) =>
    (p: string) =>
      files.includes(p);
  it('the main file of a directory takes the first override that exists', () => {
    const exists = existing('app/compose.yaml', 'app/docker-compose.yml', 'app/docker-compose.override.yml');
    expect(composeProjectFiles('app/compose.yaml', exists)).toEqual([
      'app/compose.yaml',
      'app/docker-compose.override.yml',
    ]);
    // not the directory's main file (compose.yaml wins): a project of its own
    expect(composeProjectFiles('app/docker-compose.yml', exists)).toEqual(['app/docker-compose.yml']);
    expect(composeProjectFiles('app/compose.prod.yaml', exists)).toEqual(['app/compose.prod.yaml']);
    expect(composeMainFor('app/docker-compose.override.yml', exists)).toBe('app/compose.yaml');
    expect(composeMainFor('app/compose.yaml', exists)).toBeUndefined();
  });
});
