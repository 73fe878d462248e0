// Audit at repository scale, against the cost of just reading and parsing the inputs. For each tree size it builds
// a tree from the shared corpus (bench/corpus-tree.mjs) and measures, on the same files in the same run, each in a
// fresh process timed from spawn to exit: the parse floor (bench/parse-floor.mjs), `stridebench audit --format json`
// with --workers 1 and with the default worker count (the built CLI, through bench/measure-cli.mjs for its peak RSS),
// and the audit library alone, without rendering or writing a report (bench/measure-library.mjs).
// Rounds are interleaved (floor, w1, default, floor, ...) so that a change of load on the machine hits all three.
// It also measures start-up: `node -e 0`, `stridebench --version` and a one-Dockerfile audit, medians of 10.
// Usage: node bench/audit.mjs [--json] [--sizes 1000,10000] [--rounds 3]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTree, CORPUS } from './corpus-tree.mjs';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = option('--sizes', '1000,10000').split(',').map(Number);
const rounds = Number(option('--rounds', '3'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cores = availableParallelism();

/** Runs node with `argv`; wall time from spawn to exit, and the JSON line the process printed last. */
function timed(argv) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const last = r.stdout.trim().split('\n').at(-1) ?? '';
  let out;
  try {
    out = JSON.parse(last);
  } catch {
    throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  }
  return { ms, ...out };
}

function scale() {
  try {
    readFileSync(join(CORPUS, 'README.md'));
  } catch {
    return { skipped: `corpus not found at ${CORPUS}` };
  }
  const rows = [];
  for (const files of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `stridebench-bench-${files}-`));
    try {
      const tree = join(dir, 'tree');
      const built = buildTree(tree, files);
      const out = join(dir, 'audit.json');
      const runs = { floor: [], w1: [], auto: [], wN: [], libW1: [], libAuto: [], libWN: [] };
      for (let r = 0; r < rounds; r++) {
        runs.floor.push(timed([join(here, 'parse-floor.mjs'), tree]));
        for (const [key, workers] of [
          ['w1', ['--workers', '1']],
          ['auto', []],
          ['wN', ['--workers', String(cores)]],
        ]) {
          runs[key].push(
            timed([join(here, 'measure-cli.mjs'), 'audit', tree, '--format', 'json', '-o', out, ...workers]),
          );
        }
        runs.libW1.push(timed([join(here, 'measure-library.mjs'), tree, '1']));
        runs.libAuto.push(timed([join(here, 'measure-library.mjs'), tree]));
        runs.libWN.push(timed([join(here, 'measure-library.mjs'), tree, String(cores)]));
      }
      const inputs = JSON.parse(readFileSync(out, 'utf8')).inputs.length;
      const row = (key) => {
        const ms = Math.round(median(runs[key].map((x) => x.ms)));
        return {
          ms,
          min: Math.round(Math.min(...runs[key].map((x) => x.ms))),
          rssMb: Math.max(...runs[key].map((x) => x.rssMb)),
          cpuMs: Math.round(median(runs[key].map((x) => x.cpuMs))),
          filesPerSecond: Math.round((inputs * 1000) / ms),
        };
      };
      const floor = row('floor');
      const w1 = row('w1');
      const auto = row('auto');
      rows.push({
        files,
        inputs,
        floorFiles: runs.floor[0].files,
        mb: Math.round(built.bytes / 1024 / 102.4) / 10,
        byKind: built.byKind,
        floor,
        w1: { ...w1, xFloor: Math.round((100 * w1.ms) / floor.ms) / 100 },
        auto: { ...auto, xFloor: Math.round((100 * auto.ms) / floor.ms) / 100, workers: runs.auto[0].workers },
        wN: { ...row('wN'), xFloor: Math.round((100 * row('wN').ms) / floor.ms) / 100 },
        libW1: row('libW1'),
        libAuto: row('libAuto'),
        libWN: row('libWN'),
        defaultWorkers: runs.libAuto[0].workers,
        outputMb: Math.round(runs.w1[0].outputBytes / 1024 / 102.4) / 10,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rounds, rows };
}

function startup() {
  const dir = mkdtempSync(join(tmpdir(), 'stridebench-startup-'));
  try {
    const dockerfile = join(dir, 'Dockerfile');
    writeFileSync(dockerfile, readFileSync(join(here, '..', 'examples', 'webapp', 'app', 'Dockerfile')));
    const bin = join(here, '..', 'bin', 'stridebench.js');
    const cases = {
      'node -e 0': ['-e', '0'],
      'stridebench --version': [bin, '--version'],
      'stridebench audit <one Dockerfile> --format json': [bin, 'audit', dockerfile, '--format', 'json'],
    };
    const times = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    spawnSync(process.execPath, [bin, '--version']);
    for (let i = 0; i < 10; i++) {
      for (const [name, argv] of Object.entries(cases)) {
        const t = process.hrtime.bigint();
        const r = spawnSync(process.execPath, argv, { stdio: 'ignore' });
        if (r.status !== 0 && r.status !== 1) throw new Error(`${name} exited ${r.status}`);
        times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
    const base = median(times['node -e 0']);
    return Object.entries(times).map(([command, list]) => ({
      command,
      medianMs: Math.round(median(list)),
      minMs: Math.round(Math.min(...list)),
      overNodeMs: Math.round(median(list) - base),
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const load = loadavg()[0];
const result = {
  cores: availableParallelism(),
  node: process.version,
  loadBefore: Math.round(load * 10) / 10,
  startup: startup(),
  scale: scale(),
  loadAfter: Math.round(loadavg()[0] * 10) / 10,
};
if (json) console.log(JSON.stringify(result));
else console.dir(result, { depth: 5 });
