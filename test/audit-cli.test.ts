import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './cli-harness.js';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-audit-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('stridebench audit', () => {
  const dir = workspace({
    Dockerfile: 'FROM alpine:3.20\nRUN echo hi\n',
    'good.Dockerfile': 'FROM alpine:3.20\nUSER 10001\n',
    'suppressed.Dockerfile': '# stridebench:ignore DF001 drops privileges in its entrypoint\nFROM alpine:3.20\n',
    'notes.txt': 'hello',
  });

  it('reports findings with 1-based spans and the path as given, in JSON', async () => {
    const { code, stdout } = await cli(['audit', 'Dockerfile', '-f', 'json'], dir);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.findings.find((f: { ruleId: string }) => f.ruleId === 'DF001')).toMatchObject({
      severity: 'high',
      location: { uri: 'Dockerfile', startLine: 1, startColumn: 1, endLine: 1, endColumn: 17 },
      suppressed: false,
    });
    expect(out.checks.find((c: { ruleId: string }) => c.ruleId === 'DF001')).toEqual({
      ruleId: 'DF001',
      target: 'Dockerfile',
      state: 'fail',
    });
    expect(out.diagnostics).toEqual([]);
  });

  it('reports suppressed findings as suppressed, with the reason', async () => {
    const out = JSON.parse((await cli(['audit', 'suppressed.Dockerfile', '-f', 'json'], dir)).stdout);
    const f = out.findings.find((x: { ruleId: string }) => x.ruleId === 'DF001');
    expect(f.suppressed).toMatchObject({ reason: 'drops privileges in its entrypoint', location: { startLine: 1 } });
    expect(out.checks.find((c: { ruleId: string }) => c.ruleId === 'DF001').state).toBe('pass');
  });

  it('exits 1 with --fail-on exactly when an unsuppressed finding reaches it', async () => {
    expect((await cli(['audit', 'Dockerfile', '--fail-on', 'high'], dir)).code).toBe(1);
    for (const threshold of ['low', 'medium', 'high', 'critical']) {
      const rank = ['info', 'low', 'medium', 'high', 'critical'];
      const out = JSON.parse((await cli(['audit', 'suppressed.Dockerfile', '-f', 'json'], dir)).stdout);
      const open = out.findings.filter(
        (f: { suppressed: unknown; severity: string }) =>
          !f.suppressed && rank.indexOf(f.severity) >= rank.indexOf(threshold),
      );
      expect((await cli(['audit', 'suppressed.Dockerfile', '--fail-on', threshold], dir)).code).toBe(
        open.length > 0 ? 1 : 0,
      );
    }
  });

  it('audits standard input', async () => {
    const { code, stdout } = await cli(['audit', '-', '-f', 'json'], dir, { stdin: 'FROM alpine:3.20\nUSER 0\n' });
    expect(code).toBe(0);
    expect(
      JSON.parse(stdout).findings.some(
        (f: { ruleId: string; location: { uri: string } }) => f.ruleId === 'DF001' && f.location.uri === '-',
      ),
    ).toBe(true);
  });

  it('goes on with the other inputs after a missing or unrecognised one, and exits 2', async () => {
    const { code, stdout } = await cli(['audit', 'missing/Dockerfile', 'notes.txt', 'Dockerfile', '-f', 'json'], dir);
    expect(code).toBe(2);
    const out = JSON.parse(stdout);
    expect(out.diagnostics.map((d: { code: string; location: { uri: string } }) => [d.code, d.location.uri])).toEqual([
      ['file-not-found', 'missing/Dockerfile'],
      ['unknown-input', 'notes.txt'],
    ]);
    expect(out.inputs).toEqual([{ target: 'Dockerfile', kind: 'dockerfile' }]);
  });

  it('walks directories in a deterministic order and gives identical JSON twice', async () => {
    const a = await cli(['audit', '.', '-f', 'json'], dir);
    const b = await cli(['audit', '.', '-f', 'json'], dir);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).inputs.map((i: { target: string }) => i.target)).toEqual([
      'Dockerfile',
      'good.Dockerfile',
      'suppressed.Dockerfile',
    ]);
  });
});

describe('catalogue commands', () => {
  it('rules --format json lists id, source, title, severity, stride, frameworks and aliases', async () => {
    const rules = JSON.parse((await cli(['rules', '--format', 'json'], tmpdir())).stdout);
    const df001 = rules.find((r: { id: string }) => r.id === 'DF001');
    expect(df001).toMatchObject({
      source: 'dockerfile',
      severity: 'high',
      frameworks: { 'cis-docker-1.6.0': ['4.1'] },
    });
    expect(df001.aliases.trivy).toContain('DS-0002');
  });

  it('controls --level 1 lists only Level 1 benchmark controls, with the rules that verify them', async () => {
    const controls = JSON.parse((await cli(['controls', '--level', '1', '--format', 'json'], tmpdir())).stdout);
    expect(controls.every((c: { benchmark?: { level: number } }) => c.benchmark?.level === 1)).toBe(true);
    expect(controls.find((c: { id: string }) => c.id === 'cis-docker-1.6.0:4.1').rules).toContain('DF001');
    const all = JSON.parse((await cli(['controls', '--format', 'json'], tmpdir())).stdout);
    expect(all.length).toBeGreaterThan(controls.length);
  });

  it('explain shows a control, an audit rule and a threat rule', async () => {
    expect((await cli(['explain', 'cis-docker-1.6.0:5.5'], tmpdir())).stdout).toMatch(/privileged/i);
    expect((await cli(['explain', 'DF001'], tmpdir())).stdout).toMatch(/^# DF001 root-user/);
    expect((await cli(['explain', 'T-WEB-005'], tmpdir())).stdout).toMatch(/^# T-WEB-005/);
    expect((await cli(['explain', 'nope'], tmpdir())).code).toBe(2);
  });
});
