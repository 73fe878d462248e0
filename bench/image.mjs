// Image audit at scale: builds a ~200 MB `docker save` archive (several layers, many small files, large random files,
// gzip and plain layers, whiteouts) in a temp dir, then audits it in a fresh process so that peak RSS (VmHWM) is the
// audit's alone. Target: peak RSS under 200 MB. `node bench/image.mjs [MB]` prints one JSON line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const peakRssMb = () =>
  Math.round(Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024);

if (process.argv[2] === '--audit') {
  const { audit } = await import('../dist/index.js');
  const t0 = performance.now();
  const result = await audit({ paths: [process.argv[3]] });
  const ms = Math.round(performance.now() - t0);
  console.log(
    JSON.stringify({
      auditMs: ms,
      peakRssMb: peakRssMb(),
      findings: result.findings.length,
      errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code),
      rules: new Set(result.findings.map((f) => f.ruleId)).size,
    }),
  );
  process.exit(0);
}

const { writeImageTar } = await import('../dist/sources/image/build.js');
const targetMb = Number(process.argv[2] ?? 200);
const dir = mkdtempSync(join(tmpdir(), 'sb-bench-image-'));
const path = join(dir, 'bench-image.tar');

// Five content layers of about a fifth of the target each, then a layer of whiteouts.
const bigPerLayer = 3;
const smallPerLayer = 2500;
const smallSize = 2048;
const contentLayers = 5;
const bigSize = Math.floor(
  ((targetMb * 1024 * 1024) / contentLayers - smallPerLayer * (smallSize + 512)) / bigPerLayer,
);
const layers = [];
for (let l = 0; l < contentLayers; l++) {
  const files = [];
  if (l === 0) {
    files.push(
      { path: '/etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\napp:x:10001:10001::/home/app:/bin/sh\n' },
      { path: '/etc/shadow', mode: '0640', content: 'root:*:19000:0:99999:7:::\napp:!:19000::::::\n' },
      { path: '/etc/group', content: 'root:x:0:\napp:x:10001:\n' },
      { path: '/usr/bin/passwd', mode: '4755', content: 'ELF' },
      { path: '/tmp', type: 'dir', mode: '1777' },
    );
  }
  for (let i = 0; i < smallPerLayer; i++) {
    files.push({ path: `/usr/lib/layer${l}/pkg${i % 50}/file${i}.py`, size: smallSize, fill: 'random' });
  }
  for (let i = 0; i < bigPerLayer; i++)
    files.push({ path: `/opt/data${l}/blob${i}.bin`, size: bigSize, fill: 'random' });
  layers.push({ gzip: l % 2 === 1, files });
}
layers.push({
  files: [
    { path: '/usr/lib/layer0/pkg1', type: 'whiteout' },
    { path: '/usr/lib/layer1', type: 'opaque' },
    { path: '/opt/data2/blob0.bin', type: 'whiteout' },
  ],
});

const t0 = performance.now();
await writeImageTar({ tags: ['bench/image:1'], config: { User: 'app' }, layers }, path);
const buildMs = Math.round(performance.now() - t0);
const sizeMb = Math.round(statSync(path).size / 1024 / 1024);
try {
  const child = JSON.parse(
    execFileSync(process.execPath, [import.meta.filename, '--audit', path], { encoding: 'utf8' }),
  );
  console.log(
    JSON.stringify({
      tarMb: sizeMb,
      layers: layers.length,
      files: layers.reduce((n, l) => n + l.files.length, 0),
      buildMs,
      ...child,
      mbPerSecond: Math.round(sizeMb / (child.auditMs / 1000)),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
