// Runs the built CLI in this process, as bin/stridebench.js does, then prints one JSON line: its exit code, the peak
// resident memory and the CPU time of the process (worker threads included) and the size of its output file. For bench/audit.mjs.
// Usage: node bench/measure-cli.mjs <stridebench arguments...>
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { processIo, run } from '../dist/cli/main.js';

const argv = process.argv.slice(2);
const io = processIo();
// The CLI's own output goes to -o; anything it prints (the table format) is not measured here.
io.stdout = () => {};
const code = await run(argv, io);
const out = argv[argv.indexOf('-o') + 1];
const workersArg = argv.indexOf('--workers');
console.log(
  JSON.stringify({
    code,
    rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: Math.round((process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000),
    outputBytes: argv.includes('-o') ? statSync(out).size : 0,
    workers: workersArg >= 0 ? Number(argv[workersArg + 1]) : `auto (${availableParallelism()} cores)`,
  }),
);
