// Every input under ../shared/corpus/{dockerfiles,compose,k8s} is audited: no crash, no check in state `error`, no
// rule-error diagnostic, and every input problem comes back as a coded diagnostic with a line and column (the five
// unrendered `*-template.yaml` manifests among them). Prints the counts per rule and per diagnostic code.
import { join } from 'node:path';
import { audit } from '../dist/index.js';

const corpus = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const started = performance.now();
const result = await audit({ paths: ['dockerfiles', 'compose', 'k8s'].map((d) => join(corpus, d)) });
const ms = Math.round(performance.now() - started);
const errors = result.checks.filter((c) => c.state === 'error');
const ruleErrors = result.diagnostics.filter((d) => d.code === 'rule-error');
const unlocated = result.diagnostics.filter(
  (d) => !d.location || d.location.startLine < 1 || d.location.startColumn < 1,
);
const count = (items, key) => {
  const m = new Map();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m]
    .sort()
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
};
const kinds = count(result.inputs, (i) => i.kind);
console.log(
  `audited ${result.inputs.length} inputs (${kinds}) in ${ms} ms: ${result.checks.length} checks, ${result.findings.length} findings`,
);
console.log(`findings per rule: ${count(result.findings, (f) => f.ruleId)}`);
console.log(`diagnostics: ${count(result.diagnostics, (d) => `${d.code}/${d.severity}`) || 'none'}`);
for (const d of result.diagnostics.filter((x) => x.severity === 'error')) {
  console.log(
    `  ${d.location?.uri.slice(corpus.length + 1)}:${d.location?.startLine}:${d.location?.startColumn} ${d.code} ${d.message}`,
  );
}
for (const e of errors.slice(0, 20)) console.log(`  ERROR ${e.ruleId} on ${e.target}: ${e.message}`);
for (const d of ruleErrors.slice(0, 20)) console.log(`  RULE-ERROR ${d.message}`);
for (const d of unlocated.slice(0, 20)) console.log(`  NO LOCATION ${d.code} ${d.message}`);
const failed = new Set([...errors.map((e) => e.target)]);
console.log(
  `corpus audit: ${result.inputs.length - failed.size} passed, ${failed.size + ruleErrors.length + unlocated.length} failed`,
);
process.exitCode = failed.size + ruleErrors.length + unlocated.length > 0 || result.inputs.length === 0 ? 1 : 0;
