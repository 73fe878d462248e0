import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { loadModel } from '../../model/load.js';
import type { ResolvedModel } from '../../model/model.js';

/** One case of a threat rule's `examples.yaml`: a small model and the element the rule fires on or not. */
export interface ThreatRuleExample {
  description: string;
  expect: 'fires' | 'silent';
  on: string;
  model: Record<string, unknown>;
}

export function readExamples(file: string): ThreatRuleExample[] {
  const cases = parse(readFileSync(file, 'utf8')) as ThreatRuleExample[];
  if (!Array.isArray(cases)) throw new Error(`${file}: expected a list of cases`);
  return cases;
}

/** The example's model as YAML, with the `version` and `system` that cases may leave out. */
export function exampleModelYaml(example: ThreatRuleExample): string {
  return stringify({ version: 1, system: { name: example.description }, ...example.model }, { lineWidth: 0 });
}

export function loadExample(example: ThreatRuleExample, uri: string): { model?: ResolvedModel; errors: string[] } {
  const { model, diagnostics } = loadModel(exampleModelYaml(example), uri, { today: '2026-01-01' });
  return {
    model,
    errors: diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}: ${d.message}`),
  };
}
