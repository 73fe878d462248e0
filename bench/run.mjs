// npm run bench: prints the benchmark figures. Each workload runs in a fresh process.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join } from 'node:path';

const here = import.meta.dirname;
const runs = [];
for (const n of [1_000, 10_000]) {
  const out = execFileSync(process.execPath, [join(here, 'threat-model.mjs'), String(n)], { encoding: 'utf8' });
  runs.push(JSON.parse(out));
}
console.log(`stridebench benchmarks — ${cpus().length} cores, Node ${process.version}\n`);
console.log(
  'Threat generation (load YAML + generate threats and attackers; target for 10,000 elements: < 1 s, < 300 MB)',
);
console.table(
  runs.map((r) => ({
    elements: r.elements,
    'YAML KB': Math.round(r.yamlBytes / 1024),
    'load ms': r.loadMs,
    'threats ms': r.threatsMs,
    'total ms': r.totalMs,
    threats: r.threats,
    'threats/element': r.threatsPerElement,
    'peak RSS MB': r.peakRssMb,
  })),
);
