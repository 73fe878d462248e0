// Every Dockerfile under ../shared/corpus/dockerfiles and ../shared/corpus/compose is audited: no crash, no check in
// state `error`, no rule-error diagnostic. Prints the counts per rule.
import { join } from 'node:path';
import { audit } from '../dist/index.js';

const corpus = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const started = performance.now();
const result = await audit({ paths: [join(corpus, 'dockerfiles'), join(corpus, 'compose')] });
const ms = Math.round(performance.now() - started);
const errors = result.checks.filter((c) => c.state === 'error');
const ruleErrors = result.diagnostics.filter((d) => d.code === 'rule-error');
const byRule = new Map();
for (const f of result.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
console.log(
  `audited ${result.inputs.length} inputs in ${ms} ms: ${result.checks.length} checks, ${result.findings.length} findings`,
);
console.log(
  `findings per rule: ${[...byRule]
    .sort()
    .map(([r, n]) => `${r} ${n}`)
    .join(', ')}`,
);
for (const e of errors.slice(0, 20)) console.log(`  ERROR ${e.ruleId} on ${e.target}: ${e.message}`);
for (const d of ruleErrors.slice(0, 20)) console.log(`  RULE-ERROR ${d.message}`);
const bad = errors.length + ruleErrors.length;
console.log(
  `corpus audit: ${result.inputs.length - new Set(errors.map((e) => e.target)).size} passed, ${new Set(errors.map((e) => e.target)).size} failed`,
);
process.exitCode = bad > 0 || result.inputs.length === 0 ? 1 : 0;
