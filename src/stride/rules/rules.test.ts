import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findControl } from '../../catalogue/index.js';
import { STRIDE_CATEGORIES } from '../../core/stride.js';
import { generateThreats } from '../engine.js';
import { renderThreatRuleDoc } from '../rule-docs.js';
import { loadExample, readExamples } from './examples.js';
import { THREAT_RULES } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));
const DOMAIN_PREFIX: Record<string, string> = { generic: 'GEN', web: 'WEB', docker: 'DKR', kubernetes: 'K8S' };

const folders = Object.keys(DOMAIN_PREFIX).flatMap((domain) =>
  readdirSync(join(here, domain), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => ({ domain, name: e.name, dir: join(here, domain, e.name) })),
);

describe('threat rule catalogue', () => {
  it('has at least 80 rules and at least 8 in every STRIDE category', () => {
    expect(THREAT_RULES.length).toBeGreaterThanOrEqual(80);
    for (const category of STRIDE_CATEGORIES) {
      expect(THREAT_RULES.filter((r) => r.category === category).length, category).toBeGreaterThanOrEqual(8);
    }
  });

  it('registers exactly the rules that have folders', () => {
    expect(THREAT_RULES.map((r) => r.name).sort()).toEqual(folders.map((f) => f.name).sort());
  });

  it('has unique ids and names', () => {
    expect(new Set(THREAT_RULES.map((r) => r.id)).size).toBe(THREAT_RULES.length);
    expect(new Set(THREAT_RULES.map((r) => r.name)).size).toBe(THREAT_RULES.length);
  });
});

describe.each(folders)('$domain/$name', ({ domain, name, dir }) => {
  const rule = THREAT_RULES.find((r) => r.name === name);

  it('is registered, with an id of its domain', () => {
    expect(rule, `rule ${name} is not in the registry`).toBeDefined();
    expect(rule?.id).toMatch(new RegExp(`^T-${DOMAIN_PREFIX[domain]}-\\d{3}$`));
  });

  it('names existing controls and at least one CWE or CAPEC', () => {
    expect(rule?.mitigations.length).toBeGreaterThan(0);
    for (const id of rule?.mitigations ?? []) expect(findControl(id), `control ${id}`).toBeDefined();
    expect((rule?.cwe.length ?? 0) + (rule?.capec.length ?? 0)).toBeGreaterThan(0);
  });

  it('fires on every "fires" example and stays silent on every "silent" one', () => {
    if (!rule) return;
    const examples = readExamples(join(dir, 'examples.yaml'));
    expect(
      examples.some((e) => e.expect === 'fires'),
      'a case it fires on',
    ).toBe(true);
    expect(
      examples.some((e) => e.expect === 'silent'),
      'a case it must not fire on',
    ).toBe(true);
    for (const [i, example] of examples.entries()) {
      const { model, errors } = loadExample(example, `${name}/examples.yaml#${i}`);
      expect(errors, example.description).toEqual([]);
      if (!model) continue;
      const elementIds = [...model.components.map((c) => c.id), ...model.flows.map((f) => f.id)];
      expect(elementIds, `${example.description}: element "${example.on}"`).toContain(example.on);
      const { threats, diagnostics } = generateThreats(model, [rule]);
      expect(diagnostics.filter((d) => d.code === 'rule-error')).toEqual([]);
      const hit = threats.some((t) => t.element.id === example.on);
      expect(hit, `${example.description} (expect ${example.expect})`).toBe(example.expect === 'fires');
    }
  });

  it('has docs generated from its metadata and examples', () => {
    const file = join(dir, 'README.md');
    expect(existsSync(file), `${file} (run npm run docs)`).toBe(true);
    if (!rule) return;
    expect(readFileSync(file, 'utf8')).toBe(renderThreatRuleDoc(rule, readExamples(join(dir, 'examples.yaml'))));
  });
});
