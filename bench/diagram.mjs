// Data-flow diagram at scale: a generated model of 1,000 elements (components + flows, in nested boundaries, with
// badges of its open threats) rendered to SVG by the built library. Target: < 3 s.
//   npm run build && node bench/diagram.mjs [elements]      prints one JSON line
//   import { benchDiagram } from './diagram.mjs'            for bench/run.mjs: `await benchDiagram(1000)`
// The model comes from bench/diagram-model.mjs.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Graphviz } from '@hpcc-js/wasm-graphviz';
import { stringify } from 'yaml';
import { analyzeModel, loadModel } from '../dist/index.js';
import { renderDiagramSvg } from '../dist/report/diagram/index.js';
import { generateModel } from './diagram-model.mjs';

/** Loads the generated model and its threats, then times loading Graphviz, a first and a second SVG render. */
export async function benchDiagram(elements = 1000) {
  const text = stringify(generateModel(elements), { lineWidth: 0 });
  const { model, diagnostics } = loadModel(text, 'generated.yaml', { today: '2026-01-01' });
  if (!model) throw new Error(`generated model does not load: ${JSON.stringify(diagnostics.slice(0, 3))}`);
  const threats = analyzeModel(model, { today: '2026-01-01' }).threats.map((t) => ({
    element: { type: t.element.type, id: t.element.id },
    category: t.category,
    open: t.status === 'open',
  }));
  // Graphviz.load() caches its instance, which renderDiagramSvg then reuses: loading is timed apart from layout.
  const t0 = performance.now();
  await Graphviz.load();
  const t1 = performance.now();
  const svg = await renderDiagramSvg(model, threats);
  const t2 = performance.now();
  const again = await renderDiagramSvg(model, threats);
  const t3 = performance.now();
  return {
    elements: model.components.length + model.flows.length,
    components: model.components.length,
    flows: model.flows.length,
    boundaries: model.boundaries.length,
    openThreats: threats.filter((t) => t.open).length,
    graphvizLoadMs: Math.round(t1 - t0),
    firstRenderMs: Math.round(t2 - t1),
    coldTotalMs: Math.round(t2 - t0),
    warmRenderMs: Math.round(t3 - t2),
    svgKb: Math.round(svg.length / 1024),
    identical: svg === again,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(await benchDiagram(Number(process.argv[2] ?? 1000))));
}
