// `init --from` on every compose file of ../shared/corpus/compose, on ../shared/corpus/k8s as a whole and on each
// directory of it that holds manifests: each inferred model must load without errors, `check` on it must complete
// without an error diagnostic, two runs must write the same bytes and a re-run on the same input must change nothing.
// Prints the components, flows and boundaries inferred, per input and in total.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { inferModel, inferredCounts, loadModel, writeInferredModel } from '../dist/index.js';
import { checkModel } from '../dist/link/check.js';
import { kindFromContent } from '../dist/sources/discover.js';

const corpus = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');
const today = '2025-01-01';

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const composeFiles = walk(join(corpus, 'compose')).filter((p) => /(^|\/)(docker-)?compose\.ya?ml$/.test(p));
const k8sRoot = join(corpus, 'k8s');
const manifestDirs = [
  ...new Set(
    walk(k8sRoot)
      .filter((p) => /\.(ya?ml|json)$/.test(p) && kindFromContent(readFileSync(p, 'utf8')) === 'kubernetes')
      .map(dirname),
  ),
].sort();

const work = mkdtempSync(join(tmpdir(), 'sb-corpus-infer-'));
const rows = [];
let failed = 0;
async function infer(kind, input) {
  const modelDir = join(work, String(rows.length));
  const started = performance.now();
  const { model, diagnostics } = await inferModel({ from: input, modelDir });
  const name = relative(corpus, input) || '.';
  if (!model) {
    failed++;
    console.log(`FAIL ${name}: nothing inferred: ${diagnostics.map((d) => d.message).join('; ')}`);
    return;
  }
  const { text, record } = writeInferredModel(model, undefined, {});
  // Deterministic, and a re-run on the same input leaves the model as it is.
  const again = await inferModel({ from: input, modelDir });
  const rerun = writeInferredModel(again.model, { text, record }, {});
  const unstable = writeInferredModel(again.model, undefined, {}).text !== text;
  const drift =
    rerun.text !== text || rerun.changes.added.length + rerun.changes.updated.length + rerun.changes.removed.length > 0;
  const file = join(modelDir, 'threatmodel.yaml');
  mkdirSync(modelDir, { recursive: true });
  writeFileSync(file, text);
  const loaded = loadModel(text, file, { today });
  const loadErrors = loaded.diagnostics.filter((d) => d.severity === 'error');
  let checkErrors = [];
  let threats = 0;
  if (loaded.model) {
    try {
      const report = await checkModel(loaded.model, { cwd: process.cwd(), today });
      checkErrors = report.diagnostics.filter((d) => d.severity === 'error');
      threats = report.threats.length;
    } catch (err) {
      checkErrors = [{ message: `check threw: ${err.stack ?? err}` }];
    }
  }
  const counts = inferredCounts(model);
  const ms = Math.round(performance.now() - started);
  rows.push({ kind, name, ...counts, threats, ms });
  const problems = [
    ...loadErrors,
    ...checkErrors,
    ...(unstable ? [{ message: 'two runs wrote different models' }] : []),
    ...(drift ? [{ message: 'a re-run on the same input changed the model' }] : []),
  ];
  if (problems.length > 0) {
    failed++;
    console.log(`FAIL ${name}`);
    for (const d of problems.slice(0, 10)) console.log(`  ${d.code ?? ''} ${d.message}`);
  }
  console.log(
    `${kind.padEnd(10)} ${name.padEnd(78)} ${String(counts.components).padStart(4)} components ${String(counts.flows).padStart(4)} flows ${String(counts.boundaries).padStart(4)} boundaries ${String(threats).padStart(5)} threats ${ms} ms`,
  );
}

for (const f of composeFiles) await infer('compose', f);
await infer('k8s-all', k8sRoot);
for (const d of manifestDirs) await infer('k8s-dir', d);
rmSync(work, { recursive: true, force: true });

const total = (kind) => {
  const r = rows.filter((x) => x.kind === kind);
  const sum = (k) => r.reduce((n, x) => n + x[k], 0);
  return `${r.length} inputs: ${sum('components')} components, ${sum('flows')} flows, ${sum('boundaries')} boundaries, ${sum('assets')} assets, ${sum('threats')} threats`;
};
console.log(`compose files             ${total('compose')}`);
console.log(`k8s corpus as a whole     ${total('k8s-all')}`);
console.log(`k8s example directories   ${total('k8s-dir')}`);
console.log(`corpus inference: ${rows.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 || rows.length === 0 ? 1 : 0;
