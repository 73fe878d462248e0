// Corpus check for the model loader: every YAML and JSON file of ../shared/corpus (Kubernetes manifests, compose
// files, other tools' threat models — none of them stridebench models) is fed to the loader. Each must come back
// with coded diagnostics that carry a file:line:column, and nothing may throw. Prints the codes it saw.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadModel } from '../dist/index.js';

const corpus = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ya?ml|json)$/i.test(name)) files.push(p);
  }
})(corpus);
files.sort();

const codes = new Map();
const failures = [];
const started = performance.now();
for (const file of files) {
  const uri = relative(corpus, file);
  try {
    const { model, diagnostics } = loadModel(readFileSync(file, 'utf8'), uri, { today: '2026-01-01' });
    if (model) continue; // a file that happens to be a valid model is fine too
    if (diagnostics.length === 0) failures.push(`${uri}: rejected without a diagnostic`);
    for (const d of diagnostics) {
      codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
      if (!d.location || d.location.startLine < 1 || d.location.startColumn < 1 || d.location.uri !== uri) {
        failures.push(`${uri}: diagnostic without a valid location: ${JSON.stringify(d)}`);
      }
    }
  } catch (err) {
    failures.push(`${uri}: threw ${err?.stack ?? err}`);
  }
}
const ms = Math.round(performance.now() - started);
console.log(`model loader over the corpus: ${files.length} files in ${ms} ms`);
console.log(
  `diagnostic codes: ${[...codes]
    .sort()
    .map(([c, n]) => `${c} ${n}`)
    .join(', ')}`,
);
for (const f of failures.slice(0, 20)) console.log(`FAIL ${f}`);
console.log(`corpus: ${files.length - failures.length} passed, ${failures.length} failed`);
process.exitCode = failures.length > 0 ? 1 : 0;
