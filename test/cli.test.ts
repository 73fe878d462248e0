import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './cli-harness.js';

describe('stridebench threats', () => {
  it.each(['webapp', 'docker', 'kubernetes'])('gives byte-identical JSON for examples/%s across runs', async (name) => {
    const a = await cli(['threats', `examples/${name}`, '--format', 'json']);
    const b = await cli(['threats', `examples/${name}`, '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    expect(report.threats.length).toBeGreaterThan(0);
    expect(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    for (const t of report.threats) {
      expect(Object.keys(t)).toEqual(
        expect.arrayContaining([
          'id',
          'ruleId',
          'category',
          'title',
          'description',
          'element',
          'severity',
          'mitigations',
          'status',
        ]),
      );
      expect(t.id).toBe(`${t.ruleId}@${t.element.id}`);
      expect(t.title).not.toMatch(/\{\{/);
    }
  });

  it('keeps threat ids stable when the model changes elsewhere', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-'));
    const text = readFileSync(join(ROOT, 'examples/webapp/threatmodel.yaml'), 'utf8');
    writeFileSync(join(dir, 'a.yaml'), text);
    writeFileSync(
      join(dir, 'b.yaml'),
      `${text}\n# an unrelated edit: a new, unconnected component\n`.replace(
        /^components:\n/m,
        'components:\n  - { id: extra-cache, name: Extra cache, kind: datastore, tech: redis }\n',
      ),
    );
    const ids = async (f: string) =>
      (JSON.parse((await cli(['threats', f, '-f', 'json'], dir)).stdout).threats as { id: string }[])
        .map((t) => t.id)
        .filter((id) => !id.endsWith('@extra-cache'));
    expect(await ids('b.yaml')).toEqual(await ids('a.yaml'));
  });

  it('prints a table and exits 0 by default, 1 with --fail-on when open threats reach it', async () => {
    const table = await cli(['threats', 'examples/webapp']);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/threats \(/);
    expect((await cli(['threats', 'examples/webapp', '--fail-on', 'low'])).code).toBe(1);
    expect((await cli(['threats', 'examples/webapp', '--fail-on', 'critical'])).code).toBeLessThanOrEqual(1);
  });

  it('writes Markdown with a STRIDE table', async () => {
    const { code, stdout } = await cli(['threats', 'examples/webapp', '-f', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain('| Element | S | T | R | I | D | E |');
  });

  it('writes --output atomically and prints nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-'));
    const { code, stdout } = await cli(['threats', join(ROOT, 'examples/webapp'), '-f', 'json', '-o', 'out.json'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).threats.length).toBeGreaterThan(0);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });
});

describe('exit codes for bad input and usage', () => {
  const malformed = readdirSync(join(ROOT, 'test/fixtures/malformed'));
  it.each(malformed)('threats on %s exits 2 with a coded file:line:column diagnostic', async (file) => {
    const path = `test/fixtures/malformed/${file}`;
    const { code, stderr } = await cli(['threats', path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^${path.replace(/[.]/g, '\\.')}:\\d+:\\d+: error \\[[a-z-]+\\] `));
    const json = await cli(['threats', path, '-f', 'json']);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).diagnostics[0]).toMatchObject({
      code: expect.any(String),
      location: { uri: path, startLine: expect.any(Number), startColumn: expect.any(Number) },
    });
  });

  it('exits 2 on a missing file, an unknown option or format', async () => {
    expect((await cli(['threats', 'no/such/model.yaml'])).code).toBe(2);
    expect((await cli(['threats', '--format', 'xml', 'examples/webapp'])).code).toBe(2);
    expect((await cli(['threats', '--bogus'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it('validate says valid for the examples', async () => {
    for (const name of ['webapp', 'docker', 'kubernetes']) {
      const { code, stdout } = await cli(['validate', `examples/${name}`]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/valid|warning/);
    }
  });
});

describe('stridebench init', () => {
  it('writes an example model that validates, and refuses to overwrite it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-'));
    expect((await cli(['init', '--example', 'kubernetes', 'model'], dir)).code).toBe(0);
    const written = readFileSync(join(dir, 'model', 'threatmodel.yaml'), 'utf8');
    expect(written.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/threat-model\.schema\.json$/);
    expect((await cli(['validate', 'model'], dir)).code).toBe(0);
    const again = await cli(['init', '--example', 'webapp', 'model'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/exists/);
    expect(readFileSync(join(dir, 'model', 'threatmodel.yaml'), 'utf8')).toBe(written);
    expect((await cli(['init', '--example', 'nope'], dir)).code).toBe(2);
  });
});

describe('the installed command', () => {
  it('runs from bin/ with --version and help generated from the options', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(execFileSync('node', [join(ROOT, 'bin/stridebench.js'), '--version'], { encoding: 'utf8' }).trim()).toBe(
      pkg.version,
    );
    const help = spawnSync('node', [join(ROOT, 'bin/stridebench.js'), 'threats', '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--fail-on <severity>');
  });
});
