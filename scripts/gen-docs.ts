// Regenerates every threat rule's README.md from its rule.ts and examples.yaml.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderThreatRuleDoc } from '../src/stride/rule-docs.js';
import { readExamples } from '../src/stride/rules/examples.js';
import { THREAT_RULES } from '../src/stride/rules/index.js';

const root = join(import.meta.dirname, '..', 'src', 'stride', 'rules');
let written = 0;
for (const domain of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
  for (const folder of readdirSync(join(root, domain.name), { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(root, domain.name, folder.name);
    const rule = THREAT_RULES.find((r) => r.name === folder.name);
    if (!rule || !existsSync(join(dir, 'examples.yaml'))) {
      console.error(`skipped ${dir}: ${rule ? 'no examples.yaml' : 'not registered'}`);
      continue;
    }
    writeFileSync(join(dir, 'README.md'), renderThreatRuleDoc(rule, readExamples(join(dir, 'examples.yaml'))));
    written++;
  }
}
console.log(`wrote ${written} rule docs`);
