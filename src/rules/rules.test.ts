import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findControl } from '../catalogue/index.js';
import { renderAuditRuleDoc } from './docs.js';
import { EXAMPLE_FORMATS, examplePairs, ruleFolders, runExample } from './examples.js';
import { AUDIT_RULES } from './index.js';
import { FRAMEWORKS, INPUT_KINDS, PEER_TOOLS } from './rule.js';

const folders = ruleFolders(import.meta.dirname);

describe('audit rule catalogue', () => {
  it('registers exactly the rules that have folders, with unique ids and names', () => {
    expect(AUDIT_RULES.map((r) => `${r.source}/${r.name}`).sort()).toEqual(
      folders.map((f) => `${f.source}/${f.name}`).sort(),
    );
    expect(new Set(AUDIT_RULES.map((r) => r.id)).size).toBe(AUDIT_RULES.length);
    expect(new Set(AUDIT_RULES.map((r) => r.name)).size).toBe(AUDIT_RULES.length);
  });
});

describe.each(folders)('$source/$name', ({ source, name, dir }) => {
  const rule = AUDIT_RULES.find((r) => r.name === name && r.source === source);

  it('has an id of its source, known sources, frameworks, aliases and controls', () => {
    expect(rule).toBeDefined();
    if (!rule) return;
    expect(rule.id).toMatch(new RegExp(`^${EXAMPLE_FORMATS[source]?.prefix}\\d{3}$`));
    expect(INPUT_KINDS).toContain(rule.source);
    expect(rule.meta.stride.length).toBeGreaterThan(0);
    expect(rule.meta.title && rule.meta.description && rule.meta.remediation).toBeTruthy();
    for (const tool of Object.keys(rule.meta.aliases)) expect(PEER_TOOLS).toContain(tool);
    for (const [fw, sections] of Object.entries(rule.meta.frameworks)) {
      expect(FRAMEWORKS).toContain(fw);
      for (const s of sections ?? []) expect(findControl(`${fw}:${s}`), `${fw}:${s}`).toBeDefined();
    }
  });

  it('has a test, examples and docs; every bad example fires and every good one stays silent', async () => {
    for (const f of ['rule.ts', 'rule.test.ts', 'README.md'])
      expect(existsSync(join(dir, f)), `${name}/${f}`).toBe(true);
    const pairs = examplePairs(source, dir);
    expect(pairs.length, `${name}: a bad and a good example`).toBeGreaterThan(0);
    if (!rule) return;
    for (const p of pairs) {
      const onBad = await runExample(rule, p.bad.text, p.bad.file, p.kind, p.options);
      const onGood = await runExample(rule, p.good.text, p.good.file, p.kind, p.options);
      expect(
        onBad.diagnostics.filter((d) => d.severity === 'error'),
        p.bad.file,
      ).toEqual([]);
      expect(
        onGood.diagnostics.filter((d) => d.severity === 'error'),
        p.good.file,
      ).toEqual([]);
      // A rule that only verifies manually assessed controls (CIS Docker 2.1) may leave its bad example to a person.
      const manualOnly = Object.entries(rule.meta.frameworks).every(([fw, sections]) =>
        (sections ?? []).every((s) => findControl(`${fw}:${s}`)?.benchmark?.assessment === 'manual'),
      );
      expect(
        onBad.checks.map((c) => c.state),
        p.bad.file,
      ).toContain(manualOnly && onBad.checks.every((c) => c.state === 'manual') ? 'manual' : 'fail');
      expect(
        onGood.checks.map((c) => c.state),
        p.good.file,
      ).not.toContain('fail');
      expect(
        onGood.checks.map((c) => c.state),
        p.good.file,
      ).not.toContain('error');
    }
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(renderAuditRuleDoc(rule, pairs));
  });
});
