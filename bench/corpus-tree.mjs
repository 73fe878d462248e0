// Builds a tree of N audit inputs from the shared corpus (Kubernetes manifests, compose projects, Dockerfiles) by
// replicating it with variations, so that no two files of a large tree are the same text: replica r renames
// objects, services' containers and build stages with an `-r<r>` suffix and shifts published and container ports by
// r. Replica 0 is the corpus as it is (malformed files included: they are part of real repositories).
// Files keep their corpus paths under `r<r>/`, so a compose file finds its Dockerfiles and env files beside it.
// Usage: node bench/corpus-tree.mjs <dir> <files>   (prints JSON: files, bytes, by kind)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus');

const kindOf = (rel) => {
  const name = rel.split('/').at(-1);
  if (/^(docker|container)file([.-].+)?$/i.test(name)) return 'dockerfile';
  if (rel.startsWith('compose/') && /^(docker-)?compose([.-][^/]*)?\.ya?ml$/i.test(name)) return 'compose';
  if (rel.startsWith('k8s/') && /\.(ya?ml|json)$/i.test(name)) return 'kubernetes';
  return undefined;
};

function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

/** The corpus inputs in a fixed order, and the other files of compose projects (env files, secrets) to copy along. */
export function corpusInputs(corpus = CORPUS) {
  const inputs = [];
  const extras = [];
  for (const top of ['dockerfiles', 'k8s', 'compose']) {
    for (const path of walk(join(corpus, top))) {
      const rel = relative(corpus, path);
      const kind = kindOf(rel);
      if (kind) inputs.push({ rel, kind, text: readFileSync(path, 'utf8') });
      else if (top === 'compose' && !/(^|\/)(PROVENANCE\.md|LICENSE)$/.test(rel)) extras.push(rel);
    }
  }
  // Interleave the kinds, so that any prefix of the tree (1,000 files) has the corpus's mix.
  const byKind = ['dockerfile', 'kubernetes', 'compose'].map((k) => inputs.filter((i) => i.kind === k));
  const mixed = [];
  const total = inputs.length;
  const taken = byKind.map(() => 0);
  for (let n = 0; n < total; n++) {
    let best = 0;
    let lag = -Infinity;
    byKind.forEach((list, k) => {
      const want = ((n + 1) * list.length) / total - taken[k];
      if (taken[k] < list.length && want > lag) {
        lag = want;
        best = k;
      }
    });
    mixed.push(byKind[best][taken[best]++]);
  }
  return { inputs: mixed, extras };
}

const shift = (port, r) => {
  const n = Number(port) + r;
  return String(n > 65535 ? (n % 60000) + 1024 : n);
};

/** The replica-r text of one input. */
export function vary(text, kind, r) {
  if (r === 0) return text;
  const s = `-r${r}`;
  if (kind === 'dockerfile') {
    const stages = new Set([...text.matchAll(/^\s*FROM\s+.*?\s+AS\s+([\w.-]+)\s*$/gim)].map((m) => m[1]));
    let out = text.replace(/^(\s*EXPOSE\s+)(\d+)/gim, (_, k, p) => `${k}${shift(p, r)}`);
    for (const st of stages) {
      const re = new RegExp(`(\\bAS\\s+|--from=|FROM\\s+)${st.replace(/[.]/g, '\\.')}\\b`, 'gi');
      out = out.replace(re, (_, k) => `${k}${st}${s}`);
    }
    return out;
  }
  if (kind === 'kubernetes') {
    return text
      .replace(/^(\s*-?\s*name:\s*)([a-z0-9][a-z0-9.-]*)\s*$/gm, (_, k, v) => `${k}${v}${s}`)
      .replace(/("name"\s*:\s*")([a-z0-9][a-z0-9.-]*)"/g, (_, k, v) => `${k}${v}${s}"`)
      .replace(
        /^(\s*-?\s*(?:containerPort|port|targetPort|hostPort):\s*)(\d+)\s*$/gm,
        (_, k, p) => `${k}${shift(p, r)}`,
      )
      .replace(/("(?:containerPort|port|targetPort|hostPort)"\s*:\s*)(\d+)/g, (_, k, p) => `${k}${shift(p, r)}`);
  }
  return text
    .replace(/^(\s*container_name:\s*)([\w.-]+)\s*$/gm, (_, k, v) => `${k}${v}${s}`)
    .replace(/^(\s*-\s*["']?)(\d+)(:\d+)/gm, (_, k, p, rest) => `${k}${shift(p, r)}${rest}`);
}

/** Writes `files` inputs under `dir`; returns what it wrote. */
export function buildTree(dir, files, corpus = CORPUS) {
  const { inputs, extras } = corpusInputs(corpus);
  if (inputs.length === 0) throw new Error(`no inputs in ${corpus}`);
  const byKind = {};
  let bytes = 0;
  const copied = new Set();
  for (let i = 0; i < files; i++) {
    const r = Math.floor(i / inputs.length);
    const input = inputs[i % inputs.length];
    const out = join(dir, `r${r}`, input.rel);
    mkdirSync(dirname(out), { recursive: true });
    const text = vary(input.text, input.kind, r);
    writeFileSync(out, text);
    bytes += Buffer.byteLength(text);
    byKind[input.kind] = (byKind[input.kind] ?? 0) + 1;
    const projectDir = dirname(input.rel);
    const key = `${r}/${projectDir}`;
    if (input.kind === 'compose' && !copied.has(key)) {
      copied.add(key);
      for (const extra of extras.filter((e) => e.startsWith(`${projectDir}/`))) {
        const to = join(dir, `r${r}`, extra);
        mkdirSync(dirname(to), { recursive: true });
        copyFileSync(join(corpus, extra), to);
      }
    }
  }
  return { files, bytes, byKind, corpusInputs: inputs.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) {
    console.error('usage: node bench/corpus-tree.mjs <dir> <files>');
    process.exit(2);
  }
  console.log(JSON.stringify(buildTree(dir, Number(n))));
}
