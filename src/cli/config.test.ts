import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig, parseConfig } from './config.js';

const today = '2026-06-01';
const loc = (startLine: number, startColumn: number) => expect.objectContaining({ startLine, startColumn });

describe('parseConfig', () => {
  it('reads a valid file', () => {
    const text = [
      'format: sarif',
      'failOn: high',
      'level: 1',
      'trustedRegistries: [registry.example.com]',
      'ignores:',
      '  - rule: DF003',
      '    target: "**/Dockerfile"',
      '    reason: pinned by renovate',
      '    expires: 2026-12-31',
      '',
    ].join('\n');
    const r = parseConfig(text, 'stridebench.yaml', { today });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.value).toEqual({
      uri: 'stridebench.yaml',
      format: 'sarif',
      failOn: 'high',
      level: 1,
      trustedRegistries: ['registry.example.com'],
      ignores: [
        {
          rule: 'DF003',
          target: '**/Dockerfile',
          reason: 'pinned by renovate',
          location: { uri: 'stridebench.yaml', startLine: 6, startColumn: 5, endLine: 10, endColumn: 1 },
        },
      ],
    });
  });

  it('reports an unknown key at the key', () => {
    const r = parseConfig('format: json\nfail-on: high\n', 'stridebench.yaml', { today });
    expect(r.value).toBeUndefined();
    expect(r.errors).toEqual([
      {
        code: 'unknown-key',
        severity: 'error',
        message: 'stridebench.yaml: (document): unknown key "fail-on"',
        location: { uri: 'stridebench.yaml', startLine: 2, startColumn: 1, endLine: 2, endColumn: 8 },
      },
    ]);
  });

  it('reports an ignore without a reason at the ignore, and an empty reason at the reason', () => {
    const text = 'ignores:\n  - rule: DF001\n  - rule: DF002\n    reason: "  "\n';
    const r = parseConfig(text, 'c.yaml', { today });
    expect(r.errors).toEqual([
      expect.objectContaining({
        code: 'missing-field',
        message: 'c.yaml: ignores[0].reason: required field is missing',
        location: loc(2, 5),
      }),
      expect.objectContaining({
        code: 'invalid-value',
        message: 'c.yaml: ignores[1].reason: give the reason the finding is ignored',
        location: loc(4, 13),
      }),
    ]);
  });

  it('reports a bad value with its position', () => {
    const r = parseConfig('format: xml\nlevel: 3\n', 'c.yaml', { today });
    expect(r.errors.map((e) => [e.code, e.location?.startLine, e.location?.startColumn])).toEqual([
      ['invalid-value', 1, 9],
      ['invalid-value', 2, 8],
    ]);
  });

  it('drops an expired ignore with a warning at its expiry date', () => {
    const text = 'ignores:\n  - rule: DF001\n    reason: legacy\n    expires: 2026-05-31\n';
    const r = parseConfig(text, 'c.yaml', { today });
    expect(r.errors).toEqual([]);
    expect(r.value?.ignores).toEqual([]);
    expect(r.warnings).toEqual([
      {
        code: 'config-ignore-expired',
        severity: 'warning',
        message: 'c.yaml: ignores[0] of DF001 expired on 2026-05-31 and no longer applies',
        location: { uri: 'c.yaml', startLine: 4, startColumn: 14, endLine: 4, endColumn: 24 },
      },
    ]);
    // still in force on its last day
    expect(parseConfig(text, 'c.yaml', { today: '2026-05-31' }).value?.ignores).toHaveLength(1);
  });

  it('reports YAML syntax errors with positions', () => {
    const r = parseConfig('format: [json\n', 'c.yaml', { today });
    expect(r.errors[0]).toEqual(expect.objectContaining({ code: 'yaml-syntax', location: loc(2, 1) }));
  });
});

describe('loadConfig', () => {
  it('finds stridebench.yaml in the working directory, and none is fine', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-config-'));
    expect(await loadConfig({ cwd: dir, today })).toEqual({ warnings: [], errors: [] });
    writeFileSync(join(dir, 'stridebench.yaml'), 'failOn: low\n');
    expect((await loadConfig({ cwd: dir, today })).value?.failOn).toBe('low');
    expect(await loadConfig({ cwd: dir, today, path: 'none' })).toEqual({ warnings: [], errors: [] });
  });

  it('leaves alone a threat model named stridebench.yaml', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-config-'));
    writeFileSync(join(dir, 'stridebench.yaml'), 'version: 1\nsystem: { name: x }\ncomponents: []\n');
    expect(await loadConfig({ cwd: dir, today })).toEqual({ warnings: [], errors: [] });
  });

  it('is an error when --config names a file that is not there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-config-'));
    const r = await loadConfig({ cwd: dir, today, path: 'ci.yaml' });
    expect(r.errors).toEqual([
      expect.objectContaining({ code: 'file-not-found', message: 'ci.yaml: no such configuration file' }),
    ]);
  });
});
