// The parse floor: one thread that walks a tree, reads every audit input and parses it with the parsers the audit
// uses — stridebench's Dockerfile parser, and for YAML/JSON (manifests, compose files) the `yaml` library's
// parseAllDocuments with the options of the audit's YAML reader, then toJS — and does nothing else: no rules, no
// positions, no report. Inputs are classified by the audit's own discovery (kindFromName, then the content of
// .yaml/.json files), so the floor reads exactly the files the audit reads. Run in a process of its own by run.mjs,
// which times it from spawn to exit like the audit.
// Usage: node bench/parse-floor.mjs <dir>   (prints JSON: files, bytes, documents, time inside the process, peak RSS)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseAllDocuments } from 'yaml';
import { kindFromContent, kindFromName } from '../dist/sources/discover.js';
import { parseDockerfile } from '../dist/sources/dockerfile/index.js';

const SKIP_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn', '.terraform', '.venv', '__pycache__']);
const started = performance.now();
let files = 0;
let bytes = 0;
let documents = 0;

function walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(p);
      continue;
    }
    if (!e.isFile()) continue;
    const byName = kindFromName(p);
    if (byName === 'image') continue;
    const structured = /\.(ya?ml|json)$/i.test(p);
    if (!byName && !structured) continue;
    const text = readFileSync(p, 'utf8');
    const kind = byName ?? kindFromContent(text);
    if (!kind) continue;
    files++;
    bytes += text.length;
    if (kind === 'dockerfile') {
      documents += parseDockerfile(text, p).instructions.length > 0 ? 1 : 0;
      continue;
    }
    for (const doc of parseAllDocuments(text, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' })) {
      documents++;
      if (doc.errors.length === 0) doc.toJS({ maxAliasCount: 1000 });
    }
  }
}

walk(process.argv[2] ?? '.');
console.log(
  JSON.stringify({
    files,
    bytes,
    documents,
    inProcessMs: Math.round(performance.now() - started),
    rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cpuMs: Math.round((process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1000),
  }),
);
