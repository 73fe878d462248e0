// npm run bench: prints every benchmark figure as tables and writes them to docs/performance.md. Each workload runs
// in fresh processes of its own (see each bench file). `--skip engine,image,...` leaves sections out (for a quick
// look; docs/performance.md should hold a full run).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const skip = new Set((args[args.indexOf('--skip') + 1] ?? '').split(',').filter((s) => args.includes('--skip') && s));
const node = (file, ...rest) =>
  JSON.parse(
    execFileSync(process.execPath, [join(here, file), ...rest], {
      encoding: 'utf8',
      timeout: 60 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    }),
  );

/** Each section: a title, a line on targets and method, and rows (or a reason it was skipped). */
const sections = [];
const section = (title, note, rows) => {
  sections.push({ title, note, rows });
  console.log(`\n${title}\n${note}`);
  if (typeof rows === 'string') console.log(rows);
  else console.table(rows);
};
const started = new Date();
const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
const loadBefore = loadavg()[0].toFixed(1);
console.log(`stridebench benchmarks — ${machine}; load average ${loadBefore} at the start`);

if (!skip.has('audit')) {
  // Audit at repository scale and start-up (bench/audit.mjs): the issue 9 figures.
  const a = node('audit.mjs', '--json');
  section(
    'Start-up (median of 10 runs each, interleaved; targets: --version < 150 ms, a one-file audit < 300 ms)',
    'Wall time from spawn to exit; `over node` subtracts the median of a bare `node -e 0`.',
    a.startup.map((s) => ({
      command: s.command,
      'median ms': s.medianMs,
      'min ms': s.minMs,
      'over node ms': s.overNodeMs,
    })),
  );
  if (a.scale.skipped) section('Audit at repository scale', '', a.scale.skipped);
  else {
    section(
      `Audit at repository scale: trees built from ../shared/corpus, median of ${a.scale.rounds} interleaved rounds (targets: --workers 1 <= 1.3x the parse floor; workers on 2 cores <= 0.75x; 10,000 files < 400 MB and sub-linear from 1,000)`,
      'Each figure is one fresh process from spawn to exit (CPU time: user and system, every thread of the process). Parse floor: bench/parse-floor.mjs (one thread reads and parses every input with the same parsers, nothing else). Audit: the built CLI, `stridebench audit <tree> --format json -o <file>`, JSON output included. Library rows: `audit()` of the built package, without a report.',
      a.scale.rows.flatMap((r) => {
        const line = (run, x, xFloor) => ({
          files: r.files,
          MB: r.mb,
          run,
          'ms (median)': x.ms,
          'files/s': x.filesPerSecond,
          'x floor': xFloor ?? Math.round((100 * x.ms) / r.floor.ms) / 100,
          'CPU ms (all threads)': x.cpuMs,
          'peak RSS MB': x.rssMb,
        });
        return [
          line('parse floor', r.floor, 1),
          line('audit --workers 1', r.w1),
          line(`audit, default workers (${r.defaultWorkers} here)`, r.auto),
          line(`audit --workers ${a.cores}`, r.wN),
          line('library audit(), workers 1, no report', r.libW1),
          line(`library audit(), workers ${a.cores}, no report`, r.libWN),
        ];
      }),
    );
    const [small, large] = a.scale.rows;
    if (small && large) {
      const growth = (k) => Math.round((100 * large[k].rssMb) / small[k].rssMb) / 100;
      section(
        'Memory growth',
        `Peak RSS at ${large.files} files over peak RSS at ${small.files} files (${large.files / small.files}x the files; JSON output ${small.outputMb} MB and ${large.outputMb} MB). Tree mix at ${large.files}: ${Object.entries(
          large.byKind,
        )
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')}.`,
        [
          { run: 'parse floor', growth: growth('floor') },
          { run: 'audit --workers 1', growth: growth('w1') },
          { run: `audit --workers ${a.cores}`, growth: growth('wN') },
          { run: 'library audit(), workers 1, no report', growth: growth('libW1') },
          { run: `library audit(), workers ${a.cores}, no report`, growth: growth('libWN') },
        ],
      );
    }
  }
}

if (!skip.has('threats')) {
  const runs = [1_000, 10_000].map((n) => node('threat-model.mjs', String(n)));
  section(
    'Threat generation (load YAML + generate threats and attackers; target for 10,000 elements: < 1 s, < 300 MB)',
    'bench/threat-model.mjs, one fresh process per size.',
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
}

if (!skip.has('diagram') && existsSync(join(here, 'diagram.mjs'))) {
  const d = node('diagram.mjs', '1000');
  section(
    'Data-flow diagram of 1,000 elements (target: < 3 s)',
    'bench/diagram.mjs: SVG through Graphviz (WebAssembly); the first render loads Graphviz.',
    [
      {
        elements: d.elements,
        components: d.components,
        flows: d.flows,
        'first render ms': d.firstRenderMs,
        'warm render ms': d.warmRenderMs,
        'SVG KB': d.svgKb,
        'byte-identical': d.identical,
      },
    ],
  );
}

if (!skip.has('image')) {
  // The image archive is built by image.mjs, which audits it in a fresh process of its own.
  const image = node('image.mjs', '200');
  section(
    'Image archive audit (docker save, streamed, never extracted; target for 200 MB: peak RSS < 200 MB)',
    'bench/image.mjs.',
    [
      {
        'tar MB': image.tarMb,
        layers: image.layers,
        entries: image.files,
        'audit ms': image.auditMs,
        'MB/s': image.mbPerSecond,
        findings: image.findings,
        'peak RSS MB': image.peakRssMb,
      },
    ],
  );
}

if (!skip.has('dockerfiles')) {
  // Dockerfiles per second on the shared corpus next to the npm linters, in one fresh process.
  const df = node('dockerfiles.mjs', '--json');
  if (df.skipped) section('Dockerfile audit', '', df.skipped);
  else
    section(
      `Dockerfile audit, ${df.files} corpus Dockerfiles, ${df.rounds} rounds (target: stridebench with every rule on >= 2x dockerfilelint)`,
      'bench/dockerfiles.mjs: the same texts in memory, every tool in the same process, rounds interleaved.',
      df.rows.map((r) => ({
        tool: `${r.tool} ${r.version}`,
        'best files/s': r.bestFilesPerSecond,
        'median files/s': r.medianFilesPerSecond,
        'x dockerfilelint': r.medianVsDockerfilelint,
        'Windows backtick file: instructions (9)': r.windowsInstructions,
        'parsed right': r.windowsCorrect,
      })),
    );
}

if (!skip.has('engine')) {
  // The live engine audit against one dockerd (a private one when none answers): stridebench's `audit --docker` in a
  // fresh process, with no containers and with 100 created ones, next to docker-bench-security when
  // DOCKER_BENCH_SECURITY names its script.
  const eng = node('engine.mjs', '--json');
  if (eng.skipped) section('Live engine audit', '', eng.skipped);
  else {
    const ms = (m) => (m?.ms === undefined ? (m?.skipped ?? m?.error ?? '') : m.ms);
    section(
      `Live engine audit, Docker ${eng.engine}${eng.privateEngine ? ' (private dockerd)' : ''}, median of ${eng.rounds} runs (target: >= 10x faster than docker-bench, 20.7 s measured in issue 5; < 3 s with 100 containers)`,
      'bench/engine.mjs.',
      eng.rows.map((r) => ({
        containers: r.containers,
        'stridebench audit --docker ms': ms(r.stridebench),
        checks: r.stridebench.checks ?? '',
        findings: r.stridebench.findings ?? '',
        'daemon + host only ms': ms(r.daemonAndHost),
        'docker-bench ms': ms(r.dockerBench),
        'x docker-bench':
          r.dockerBench.ms && r.stridebench.ms ? Math.round((10 * r.dockerBench.ms) / r.stridebench.ms) / 10 : '',
      })),
    );
  }
}

const loadAfter = loadavg()[0].toFixed(1);
if (skip.size > 0) {
  console.log(`\n(sections skipped: ${[...skip].join(', ')}; docs/performance.md not written)`);
} else {
  writeFileSync(join(here, '..', 'docs', 'performance.md'), markdown());
  console.log('\nwritten to docs/performance.md');
}

function markdown() {
  const cell = (v) => String(v).replaceAll('|', '\\|');
  const table = (rows) => {
    if (typeof rows === 'string') return `${rows}\n`;
    const keys = Object.keys(rows[0] ?? {});
    return [
      `| ${keys.map(cell).join(' | ')} |`,
      `|${keys.map(() => '---').join('|')}|`,
      ...rows.map((r) => `| ${keys.map((k) => cell(r[k])).join(' | ')} |`),
      '',
    ].join('\n');
  };
  return [
    '# Performance',
    '',
    'Written by `npm run bench` (bench/run.mjs): every figure below comes from that one run. Reproduce with `npm run bench`',
    'on a clone next to `../shared` (the corpus trees and the Dockerfile comparison need it; the rest does not).',
    '',
    `Run of ${started.toISOString().slice(0, 10)} on ${machine}. Load average (1 min) ${loadBefore} at the start, ${loadAfter} at the end:`,
    'on a shared machine, wall times rise with the load; compare figures of one run with each other (the rounds are',
    'interleaved for that reason) rather than with another run.',
    '',
    ...sections.flatMap((s) => [`## ${s.title}`, '', s.note, '', table(s.rows)]),
    '## How the audit scales',
    '',
    'Discovery (walking the tree and classifying each file) runs in the main thread; reading, parsing and the rules',
    'run on worker threads (`--workers`; default one per core but one, and one per 1,000 files below that), or in the',
    'main thread with one worker. Files go out in batches of up to 16, two batches in flight per worker, and only',
    'results come back: no thread holds the parsed documents of the run. Manifests given together',
    'see each other (a NetworkPolicy in one file covers the pods of another): a first pass finds the few files that',
    'hold objects another file may need (NetworkPolicy, PodDisruptionBudget, the API server flags etcd is compared',
    'with), and only files holding a NetworkPolicy wait for the pod templates of the others. That first pass reads',
    'every manifest once more, but parses only those few. Results are merged in input order, so JSON and SARIF are',
    'byte-identical whatever the number of workers (test/workers.test.ts). What still grows with the tree is the',
    'result itself: every check of every file (about 65 per file) and the JSON text of the report.',
    '',
    '## Where the time and memory go',
    '',
    'A CPU profile (`node --cpu-prof`) of the library audit of the 10,000-file tree with one worker, taken while this',
    'page was written, splits its time so: the rules about 35% (a sixth of that is reading the shell scripts of RUN',
    'instructions, which only rules need), parsing YAML 22% (the same `yaml` parse as the floor), garbage collection',
    '11%, loading compose projects (interpolation, merge, normalisation) 7%, reading files 5%, the rest discovery,',
    'positions, suppressions and merging. The parse floor is the reading and parsing alone, so the audit cannot come',
    'close to it while the rules cost more than the parse.',
    '',
    'Why the default is one worker on 2 cores: the audit in one thread already keeps about 1.3 cores busy (V8 collects',
    'garbage and compiles on threads of its own: compare its CPU time with its wall time), and two copies of it run',
    'side by side on this machine each take 1.5x as long as one alone (measured by hand on 3,000 files: 2.9 s each',
    'against 1.9 s). So a second thread can buy at most about 1.3x',
    'here, and a pool pays for more: each worker loads the rules and warms up its own JIT, results cross threads as',
    'JSON, and the CPU time of the whole process rises by half (the `--workers 2` rows). Below about 1,000 files per',
    'worker the start-up alone costs more than it saves. Whether the pool pays on more cores this machine cannot',
    'show; the targets of 1.3x and 0.75x the floor are not met here.',
    '',
    "Memory: the `library audit()` rows are the audit's own peak (discovery, the workers, the merged result); the CLI",
    'rows add the JSON report (about 180 MB of text at 10,000 files), which is written in pieces, finding by finding',
    'and check by check, with the same bytes as one `JSON.stringify` (src/core/json-chunks.ts): no string ever holds',
    'the whole report, so the CLI stays close to the library rows.',
    '',
  ].join('\n');
}
