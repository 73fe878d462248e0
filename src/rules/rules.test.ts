import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findControl } from '../catalogue/index.js';
import { dockerfileSuppressions, parseDockerfile } from '../sources/dockerfile/index.js';
import { renderAuditRuleDoc } from './docs.js';
import { AUDIT_RULES } from './index.js';
import { FRAMEWORKS, INPUT_KINDS, PEER_TOOLS } from './rule.js';
import { runRules } from './run.js';

const here = import.meta.dirname;
const SOURCE_DIRS: Record<string, { prefix: string; ext: string }> = {
  dockerfile: { prefix: 'DF', ext: 'Dockerfile' },
};

const folders = Object.entries(SOURCE_DIRS).flatMap(([source, { ext }]) =>
  existsSync(join(here, source))
    ? readdirSync(join(here, source), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => ({ source, name: e.name, dir: join(here, source, e.name), ext }))
    : [],
);

function runOn(source: string, text: string, file: string) {
  const rule = AUDIT_RULES.find((r) => r.source === source);
  if (!rule) throw new Error(`no rules for ${source}`);
  const doc = parseDockerfile(text, file);
  return (r: (typeof AUDIT_RULES)[number]) =>
    runRules([r], { doc: doc as never, target: file, text, suppressions: dockerfileSuppressions(doc) });
}

describe('audit rule catalogue', () => {
  it('registers exactly the rules that have folders, with unique ids and names', () => {
    expect(AUDIT_RULES.map((r) => `${r.source}/${r.name}`).sort()).toEqual(
      folders.map((f) => `${f.source}/${f.name}`).sort(),
    );
    expect(new Set(AUDIT_RULES.map((r) => r.id)).size).toBe(AUDIT_RULES.length);
    expect(new Set(AUDIT_RULES.map((r) => r.name)).size).toBe(AUDIT_RULES.length);
  });
});

describe.each(folders)('$source/$name', ({ source, name, dir, ext }) => {
  const rule = AUDIT_RULES.find((r) => r.name === name && r.source === source);

  it('has an id of its source, known sources, frameworks, aliases and controls', () => {
    expect(rule).toBeDefined();
    if (!rule) return;
    expect(rule.id).toMatch(new RegExp(`^${SOURCE_DIRS[source]?.prefix}\\d{3}$`));
    expect(INPUT_KINDS).toContain(rule.source);
    expect(rule.meta.stride.length).toBeGreaterThan(0);
    expect(rule.meta.title && rule.meta.description && rule.meta.remediation).toBeTruthy();
    for (const tool of Object.keys(rule.meta.aliases)) expect(PEER_TOOLS).toContain(tool);
    for (const [fw, sections] of Object.entries(rule.meta.frameworks)) {
      expect(FRAMEWORKS).toContain(fw);
      for (const s of sections ?? []) expect(findControl(`${fw}:${s}`), `${fw}:${s}`).toBeDefined();
    }
  });

  it('has a test, examples and docs; the bad example fires and the good one stays silent', () => {
    for (const f of ['rule.ts', 'rule.test.ts', `bad.${ext}`, `good.${ext}`, 'README.md']) {
      expect(existsSync(join(dir, f)), `${name}/${f}`).toBe(true);
    }
    if (!rule) return;
    const bad = readFileSync(join(dir, `bad.${ext}`), 'utf8');
    const good = readFileSync(join(dir, `good.${ext}`), 'utf8');
    const onBad = runOn(source, bad, `bad.${ext}`)(rule);
    const onGood = runOn(source, good, `good.${ext}`)(rule);
    expect(onBad.checks[0]?.state, 'bad example').toBe('fail');
    expect(onGood.checks[0]?.state, 'good example').toBe('pass');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(
      renderAuditRuleDoc(rule, { bad: { file: `bad.${ext}`, text: bad }, good: { file: `good.${ext}`, text: good } }),
    );
  });
});
