// Regenerates every rule's README.md: threat rules from rule.ts and examples.yaml, audit rules from rule.ts and
// their good and bad examples.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDockerBenchParity } from '../src/rules/daemon/parity.js';
import { renderAuditRuleDoc } from '../src/rules/docs.js';
import { examplePairs, ruleFolders } from '../src/rules/examples.js';
import { AUDIT_RULES } from '../src/rules/index.js';
import { renderThreatRuleDoc } from '../src/stride/rule-docs.js';
import { readExamples } from '../src/stride/rules/examples.js';
import { THREAT_RULES } from '../src/stride/rules/index.js';

// `gen-docs.ts image` regenerates only the audit rules of the named sources (and no threat rules), so that one
// engineer's run does not rewrite the pages of rules others are still editing.
const only = new Set(process.argv.slice(2));
const root = join(import.meta.dirname, '..', 'src', 'stride', 'rules');
let written = 0;
for (const domain of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && only.size === 0)) {
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
for (const { source, dir } of ruleFolders(auditRoot)) {
  if (only.size > 0 && !only.has(source)) continue;
  const name = dir.split('/').at(-1);
  const rule = AUDIT_RULES.find((r) => r.name === name && r.source === source);
  const pairs = examplePairs(source, dir);
  if (!rule || pairs.length === 0) {
    console.error(`skipped ${dir}: ${rule ? 'missing examples' : 'not registered'}`);
    continue;
  }
  writeFileSync(join(dir, 'README.md'), renderAuditRuleDoc(rule, pairs));
  written++;
}
// The docker-bench parity table lists the rules of every source that verifies CIS Docker sections 1 to 5.
writeFileSync(join(import.meta.dirname, '..', 'docs', 'docker-bench-parity.md'), renderDockerBenchParity());
console.log(`wrote ${written} rule docs`);
