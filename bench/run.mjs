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

// The image archive is built by image.mjs, which audits it in a fresh process of its own.
const image = JSON.parse(execFileSync(process.execPath, [join(here, 'image.mjs'), '200'], { encoding: 'utf8' }));
console.log('\nImage archive audit (docker save, streamed, never extracted; target for 200 MB: peak RSS < 200 MB)');
console.table([
  {
    'tar MB': image.tarMb,
    layers: image.layers,
    entries: image.files,
    'audit ms': image.auditMs,
    'MB/s': image.mbPerSecond,
    findings: image.findings,
    'peak RSS MB': image.peakRssMb,
  },
]);

// Dockerfiles per second on the shared corpus next to the npm linters, in one fresh process (skipped without ../shared).
const df = JSON.parse(execFileSync(process.execPath, [join(here, 'dockerfiles.mjs'), '--json'], { encoding: 'utf8' }));
if (df.skipped) console.log(`\nDockerfile audit: ${df.skipped}`);
else {
  console.log(
    `\nDockerfile audit, ${df.files} corpus Dockerfiles, ${df.rounds} rounds (target: stridebench with every rule on >= 2x dockerfilelint)`,
  );
  console.table(
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

// The live engine audit against one dockerd (a private one when none answers): stridebench's `audit --docker` in a
// fresh process, with no containers and with 100 created ones, next to docker-bench-security when
// DOCKER_BENCH_SECURITY names its script.
const eng = JSON.parse(
  execFileSync(process.execPath, [join(here, 'engine.mjs'), '--json'], { encoding: 'utf8', timeout: 30 * 60_000 }),
);
if (eng.skipped) console.log(`\nLive engine audit: ${eng.skipped}`);
else {
  console.log(
    `\nLive engine audit, Docker ${eng.engine}${eng.privateEngine ? ' (private dockerd)' : ''}, median of ${eng.rounds} runs (target: >= 10x faster than docker-bench, 20.7 s measured in issue 5; < 3 s with 100 containers)`,
  );
  const ms = (m) => (m?.ms === undefined ? (m?.skipped ?? m?.error ?? '') : m.ms);
  console.table(
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
