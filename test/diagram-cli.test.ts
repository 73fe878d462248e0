import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDiagramDot, renderDiagramMermaid, renderDiagramSvg } from '../src/report/diagram/index.js';
import { cli } from './cli-harness.js';
import { loadExample, ROOT } from './diagram-fixtures.js';

/** What the CLI uses to expire decisions. */
const TODAY = new Date().toISOString().slice(0, 10);
const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n';

describe('stridebench diagram', () => {
  it('prints the SVG of a model directory by default, with an XML prolog, the same on every run', async () => {
    const { model, threats } = await loadExample('webapp', TODAY);
    const a = await cli(['diagram', 'examples/webapp']);
    expect(a).toMatchObject({ code: 0, stderr: '' });
    expect(a.stdout).toBe(PROLOG + (await renderDiagramSvg(model, threats)));
    expect(a.stdout).toContain('data-element="component:web"');
    expect(a.stdout).toMatch(/>S1</);
    const b = await cli(['diagram', 'examples/webapp/threatmodel.yaml', '-f', 'svg']);
    expect(b.stdout).toBe(a.stdout);
  });

  it('prints DOT and Mermaid with -f, and leaves the badges out with --no-threats', async () => {
    const { model, threats } = await loadExample('kubernetes', TODAY);
    const dot = await cli(['diagram', 'examples/kubernetes', '-f', 'dot']);
    expect(dot).toMatchObject({ code: 0, stdout: renderDiagramDot(model, threats) });
    const mermaid = await cli(['diagram', 'examples/kubernetes', '--format', 'mermaid']);
    expect(mermaid).toMatchObject({ code: 0, stdout: renderDiagramMermaid(model, threats) });
    expect(mermaid.stdout.startsWith('flowchart LR\n')).toBe(true);
    const bare = await cli(['diagram', 'examples/kubernetes', '-f', 'mermaid', '--no-threats']);
    expect(bare).toMatchObject({ code: 0, stdout: renderDiagramMermaid(model, []) });
    expect(bare.stdout).not.toContain('<b>');
  });

  it('writes the file given with -o (SVG with its prolog), nothing on stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-diagram-'));
    const r = await cli(['diagram', join(ROOT, 'examples/docker'), '-o', 'docker.svg'], dir);
    // Warnings (an expired decision in the example) go to stderr; stdout stays empty.
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).not.toMatch(/\berror\b/);
    const file = readFileSync(join(dir, 'docker.svg'), 'utf8');
    expect(file.startsWith(`${PROLOG}<svg `)).toBe(true);
    expect(file).toContain('data-element="boundary:app-container"');
    const m = await cli(['diagram', join(ROOT, 'examples/docker'), '-f', 'mermaid', '-o', 'docker.mmd'], dir);
    expect(m.code).toBe(0);
    expect(readFileSync(join(dir, 'docker.mmd'), 'utf8').startsWith('flowchart LR\n')).toBe(true);
  });

  it('exits 2 with the diagnostics on stderr for an invalid or missing model, writing nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-diagram-'));
    writeFileSync(
      join(dir, 'threatmodel.yaml'),
      'version: 1\nsystem: { name: Broken }\ncomponents:\n  - { id: a, name: A, kind: process }\nflows:\n  - { from: a, to: nowhere }\n',
    );
    const bad = await cli(['diagram', '.', '-o', 'out.svg'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      /threatmodel\.yaml:6:\d+: error \[dangling-reference\] flows\[0\]\.to: no component "nowhere"/,
    );
    expect(() => readFileSync(join(dir, 'out.svg'))).toThrow();
    const missing = await cli(['diagram', 'no-such-dir'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('file-not-found');
  });

  it('rejects an unknown format with exit 2', async () => {
    const r = await cli(['diagram', 'examples/webapp', '-f', 'png']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/argument 'png' is invalid/);
    expect(r.stdout).toBe('');
  });
});
