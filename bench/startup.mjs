// Start-up cost of the CLI: `stridebench --version` against a bare `node -e 0`, median wall time of interleaved runs.
// Run after `npm run build`: node bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/stridebench.js', import.meta.url));
const runs = Number(process.argv[2] ?? 21);
const cases = {
  'node -e 0': ['-e', '0'],
  'stridebench --version': [bin, '--version'],
  'stridebench --help': [bin, '--help'],
};
const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
for (let i = 0; i < runs; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`);
    times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
  }
}
for (const [name, list] of Object.entries(times)) {
  const sorted = list.sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  console.log(`${name.padEnd(24)} median ${median.toFixed(0)} ms  (min ${sorted[0].toFixed(0)} ms, ${runs} runs)`);
}
