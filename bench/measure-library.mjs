// The audit library alone on a tree, without the report: `audit()` of the built package, then one JSON line with
// the peak resident memory and CPU time of the process (worker threads included). For bench/audit.mjs: it tells the
// memory of the audit from the memory of rendering and writing its report.
// Usage: node bench/measure-library.mjs <dir> [workers]
import { audit } from '../dist/rules/audit-run.js';
import { defaultWorkers } from '../dist/rules/pool/schedule.js';

const [dir, workers] = process.argv.slice(2);
const result = await audit({ paths: [dir], workers: workers ? Number(workers) : undefined });
const u = process.resourceUsage();
console.log(
  JSON.stringify({
    inputs: result.inputs.length,
    workers: workers ? Number(workers) : defaultWorkers(result.inputs.length),
    rssMb: Math.round(u.maxRSS / 1024),
    cpuMs: Math.round((u.userCPUTime + u.systemCPUTime) / 1000),
  }),
);
