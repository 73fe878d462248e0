// Dockerfiles per second on the shared corpus: stridebench with every Dockerfile rule on, side by side with the npm
// linters dockerfilelint and dockerfile_lint, called through their library APIs in this same process on the same
// in-memory texts. Files are read before timing and no tool does I/O while timed (dockerfilelint looks for a
// .dockerfilelintrc on every call: that lookup is answered from memory). Every tool first runs a few untimed passes
// so that the JIT has settled; then each round is one pass of each tool over all the files, the tools taking turns
// within a round (in a rotating order) so that they share the machine's load and none always runs after the same
// one. The best and median rounds are reported, and whether each tool reads a Windows Dockerfile with the backtick
// `# escape=` directive into the right instructions. (No forced GC between passes: a full GC shrinks V8's young
// generation, which then costs the allocation-heavy tool far more than it would in a normal run.)
// Usage: node bench/dockerfiles.mjs [rounds] [--json]
import fs, { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { auditText, kindFromName } from '../dist/index.js';
import { parseDockerfile } from '../dist/sources/dockerfile/index.js';

const here = import.meta.dirname;
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const json = args.includes('--json');
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 15);
const WARM_UP = 3;
const corpus = join(here, '..', '..', 'shared', 'corpus', 'dockerfiles');

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (kindFromName(p) === 'dockerfile') out.push(p);
  }
  return out;
}

let files;
try {
  files = walk(corpus).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
} catch {
  const note = { skipped: `corpus not found at ${corpus}` };
  console.log(json ? JSON.stringify(note) : note.skipped);
  process.exit(0);
}

const dockerfilelint = require('dockerfilelint');
// dockerfilelint.run(configDir, text) lstat()s `configDir/.dockerfilelintrc` on every call. There is none in bench/
// (checked here, once); while timing, that lookup is answered without a system call.
const rcPath = join(here, '.dockerfilelintrc');
if (fs.existsSync(rcPath)) throw new Error(`${rcPath} would change dockerfilelint's rules`);
const lstatSync = fs.lstatSync;
const noFile = { isFile: () => false };
fs.lstatSync = (path, ...rest) => (path === rcPath ? noFile : lstatSync(path, ...rest));
const DockerfileLint = require('dockerfile_lint');
const dockerfileLintParser = require('dockerfile_lint/lib/parser.js');
const version = (name) => require(`${name}/package.json`).version;

// dockerfile_lint logs from its constructor and on inline ignores; keep its output out of the figures.
const quiet = (fn) => {
  const log = console.log;
  const info = console.info;
  console.log = () => {};
  console.info = () => {};
  try {
    return fn();
  } finally {
    console.log = log;
    console.info = info;
  }
};
const dockerfileLint = quiet(() => new DockerfileLint());

let ourFindings = 0;
let ourErrors = 0;
const tools = [
  {
    name: 'stridebench',
    version: JSON.parse(readFileSync(join(here, '..', 'package.json'), 'utf8')).version,
    pass() {
      let findings = 0;
      let errors = 0;
      for (const f of files) {
        const r = auditText(f.text, f.path, 'dockerfile');
        findings += r.findings.length;
        for (const c of r.checks) if (c.state === 'error') errors++;
      }
      ourFindings = findings;
      ourErrors = errors;
    },
  },
  {
    name: 'dockerfilelint',
    version: version('dockerfilelint'),
    // run(configDir, content): configDir is where it looks for a .dockerfilelintrc (there is none in bench/).
    pass: () => {
      for (const f of files) dockerfilelint.run(here, f.text);
    },
  },
  {
    name: 'dockerfile_lint',
    version: version('dockerfile_lint'),
    pass: () =>
      quiet(() => {
        for (const f of files) dockerfileLint.validate(f.text);
      }),
  },
];

for (let r = 0; r < WARM_UP; r++) for (const t of tools) t.pass(); // JIT and lazy initialisation
const times = new Map(tools.map((t) => [t.name, []]));
for (let r = 0; r < rounds; r++) {
  for (let k = 0; k < tools.length; k++) {
    const t = tools[(r + k) % tools.length];
    const start = performance.now();
    t.pass();
    times.get(t.name).push(performance.now() - start);
  }
}
fs.lstatSync = lstatSync;

// A Windows Dockerfile: backtick escape, backtick continuations, backslash paths (the last COPY ends with `\`).
const WINDOWS = [
  '# escape=`',
  '',
  'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build',
  'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]',
  'WORKDIR C:\\app',
  'RUN New-Item -ItemType Directory -Path C:\\app\\bin | Out-Null; `',
  '    Invoke-WebRequest -Uri https://example.com/tool.zip -OutFile C:\\app\\tool.zip; `',
  '    Expand-Archive C:\\app\\tool.zip -DestinationPath C:\\app\\bin',
  'COPY ["config.json", "appsettings.json", "C:\\\\app\\\\"]',
  'COPY src\\ C:\\app\\src\\',
  'ENV APP_HOME=C:\\app `',
  '    LOG_DIR=C:\\logs',
  'USER ContainerUser',
  'CMD ["C:\\\\app\\\\bin\\\\tool.exe", "--serve"]',
  '',
].join('\n');
const EXPECTED = ['FROM', 'SHELL', 'WORKDIR', 'RUN', 'COPY', 'COPY', 'ENV', 'USER', 'CMD'];

// dockerfilelint exports no parser: this is its own line joining from lib/index.js run() (v1.8.0), which knows only
// `\` continuations; each joined line is one instruction named by its first word.
function dockerfilelintInstructions(content) {
  const out = [];
  let partial = '';
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.slice(-1) === '\\') {
      partial = `${partial}${line.slice(0, -1)} `;
      continue;
    }
    out.push(`${partial} ${line}`.trim().split(/\s+/)[0].toUpperCase());
    partial = '';
  }
  return out;
}

const windows = {
  stridebench: parseDockerfile(WINDOWS, 'Dockerfile').instructions.map((i) => i.keyword),
  dockerfilelint: dockerfilelintInstructions(WINDOWS),
  dockerfile_lint: dockerfileLintParser.parse(WINDOWS, {}).map((c) => c.name),
};
// dockerfilelint's own verdict on the file, from its real API: errors on lines that are not instructions.
const dockerfilelintWindowsErrors = dockerfilelint.run(here, WINDOWS).filter((i) => i.category === 'Possible Bug');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const perSecond = (ms) => Math.round((files.length / ms) * 1000);
const rows = tools.map((t) => {
  const ts = times.get(t.name);
  const names = windows[t.name];
  return {
    tool: t.name,
    version: t.version,
    files: files.length,
    bestFilesPerSecond: perSecond(Math.min(...ts)),
    medianFilesPerSecond: perSecond(median(ts)),
    medianMsPerFile: Number((median(ts) / files.length).toFixed(3)),
    windowsInstructions: names.length,
    windowsCorrect: JSON.stringify(names) === JSON.stringify(EXPECTED),
  };
});
const base = rows.find((r) => r.tool === 'dockerfilelint');
for (const r of rows) {
  r.bestVsDockerfilelint = Number((r.bestFilesPerSecond / base.bestFilesPerSecond).toFixed(2));
  r.medianVsDockerfilelint = Number((r.medianFilesPerSecond / base.medianFilesPerSecond).toFixed(2));
}
const ours = rows.find((r) => r.tool === 'stridebench');
const TARGET = 2;
const result = {
  rounds,
  warmUp: WARM_UP,
  files: files.length,
  target: {
    vsDockerfilelint: TARGET,
    met: ours.bestVsDockerfilelint >= TARGET && ours.medianVsDockerfilelint >= TARGET,
  },
  stridebench: { findings: ourFindings, errorChecks: ourErrors },
  windows: { expected: EXPECTED, ...windows, dockerfilelintPossibleBugs: dockerfilelintWindowsErrors.length },
  rows,
};

if (json) console.log(JSON.stringify(result));
else {
  console.log(`${files.length} Dockerfiles, ${rounds} rounds after ${WARM_UP} warm-up passes, Node ${process.version}`);
  console.table(
    rows.map((r) => ({
      tool: `${r.tool} ${r.version}`,
      'best files/s': r.bestFilesPerSecond,
      'median files/s': r.medianFilesPerSecond,
      'median ms/file': r.medianMsPerFile,
      'x dockerfilelint (best)': r.bestVsDockerfilelint,
      'x dockerfilelint (median)': r.medianVsDockerfilelint,
      'Windows instructions (9 expected)': r.windowsInstructions,
      'Windows parsed right': r.windowsCorrect,
    })),
  );
  console.log(
    `target >= ${TARGET}x dockerfilelint, best and median: ${result.target.met ? 'met' : 'NOT met'} (${ours.bestVsDockerfilelint}x, ${ours.medianVsDockerfilelint}x)`,
  );
  console.log(`stridebench: ${ourFindings} findings, ${ourErrors} checks in state error`);
  for (const [tool, names] of Object.entries(windows)) console.log(`  ${tool}: ${names.join(' ')}`);
}
