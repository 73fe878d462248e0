// Regenerates every rule's README.md: threat rules from rule.ts and examples.yaml, audit rules from rule.ts and
// their good and bad examples.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAuditRuleDoc } from '../src/rules/docs.js';
import { AUDIT_RULES } from '../src/rules/index.js';
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

const auditRoot = join(import.meta.dirname, '..', 'src', 'rules');
const EXT: Record<string, string> = { dockerfile: 'Dockerfile' };
for (const [source, ext] of Object.entries(EXT)) {
  if (!existsSync(join(auditRoot, source))) continue;
  for (const folder of readdirSync(join(auditRoot, source), { withFileTypes: true }).filter((e) => e.isDirectory())) {
    const dir = join(auditRoot, source, folder.name);
    const rule = AUDIT_RULES.find((r) => r.name === folder.name && r.source === source);
    const bad = join(dir, `bad.${ext}`);
    const good = join(dir, `good.${ext}`);
    if (!rule || !existsSync(bad) || !existsSync(good)) {
      console.error(`skipped ${dir}: ${rule ? 'missing examples' : 'not registered'}`);
      continue;
    }
    const examples = {
      bad: { file: `bad.${ext}`, text: readFileSync(bad, 'utf8') },
      good: { file: `good.${ext}`, text: readFileSync(good, 'utf8') },
    };
    writeFileSync(join(dir, 'README.md'), renderAuditRuleDoc(rule, examples));
    written++;
  }
}
console.log(`wrote ${written} rule docs`);
