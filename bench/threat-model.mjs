// Threat generation at scale: a generated 10,000-element model (components + flows), loaded and analysed by the
// built library. Run in its own process so that peak RSS (VmHWM) is this workload's alone.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { stringify } from 'yaml';
import { analyzeModel, loadModel } from '../dist/index.js';
import { generateModel } from './diagram-model.mjs';

const elements = Number(process.argv[2] ?? 10_000);
const text = stringify(generateModel(elements, 100), { lineWidth: 0 });
const t0 = performance.now();
const { model, diagnostics } = loadModel(text, 'generated.yaml', { today: '2026-01-01' });
const t1 = performance.now();
if (!model) {
  console.error(diagnostics.slice(0, 5));
  process.exit(2);
}
const report = analyzeModel(model, { today: '2026-01-01' });
const t2 = performance.now();
const hwm = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
const nElements = model.components.length + model.flows.length;
console.log(
  JSON.stringify({
    elements: nElements,
    yamlBytes: text.length,
    loadMs: Math.round(t1 - t0),
    threatsMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    threats: report.threats.length,
    threatsPerElement: Number((report.threats.length / nElements).toFixed(2)),
    peakRssMb: Math.round(hwm),
  }),
);
