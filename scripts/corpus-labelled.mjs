// Agreement with peers' labelled fixtures (../shared/corpus/labelled/expected.csv): for every row whose peer rule one
// of our rules declares as an alias, audit the file and compare fail/pass with the label. Prints, per input kind, the
// agreement, the share of labelled rows our aliases cover, and every row that disagrees; exits 1 below a target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_RULES, auditText, kindFromContent, kindFromName } from '../dist/index.js';

const AGREEMENT = 0.95;
const K8S_COVERAGE = 0.7;
const labelled = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'labelled');
const rows = readFileSync(join(labelled, 'expected.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file, tool, ruleId, expect] = line.trim().split(',');
    return { file, tool, ruleId, expect };
  });

const texts = new Map();
const results = new Map();
function kindOf(file) {
  if (!texts.has(file)) texts.set(file, readFileSync(join(labelled, file), 'utf8'));
  const byName = kindFromName(file);
  if (byName) return byName;
  if (/(^|\/)Dockerfile[^/]*$/.test(file)) return 'dockerfile';
  return kindFromContent(texts.get(file));
}
function auditOnce(file, kind) {
  const key = `${kind}:${file}`;
  if (!results.has(key)) results.set(key, auditText(texts.get(file), file, kind));
  return results.get(key);
}

const stats = new Map();
const stat = (k) => {
  if (!stats.has(k)) stats.set(k, { rows: 0, compared: 0, agree: 0, disagreements: [], unaliased: new Map() });
  return stats.get(k);
};
for (const row of rows) {
  const kind = kindOf(row.file) ?? 'unknown';
  const group = kind === 'dockerfile' ? 'dockerfile' : kind === 'compose' ? 'compose' : 'kubernetes';
  const s = stat(group);
  s.rows++;
  const owners = AUDIT_RULES.filter((r) => (r.meta.aliases[row.tool] ?? []).includes(row.ruleId));
  if (owners.length === 0) {
    const k = `${row.tool} ${row.ruleId}`;
    s.unaliased.set(k, (s.unaliased.get(k) ?? 0) + 1);
    continue;
  }
  const ids = new Set(owners.map((r) => r.id));
  const result = kind === 'unknown' ? undefined : auditOnce(row.file, kind);
  const fired = result?.findings.filter((f) => ids.has(f.ruleId) && !f.suppressed) ?? [];
  const errored = result?.checks.filter((c) => ids.has(c.ruleId) && c.state === 'error') ?? [];
  const verdict = !result ? 'unreadable' : errored.length > 0 ? 'error' : fired.length > 0 ? 'fail' : 'pass';
  s.compared++;
  if (verdict === row.expect) s.agree++;
  else {
    s.disagreements.push(
      `${row.file} ${row.tool} ${row.ruleId}: expected ${row.expect}, ours ${verdict} (${[...ids].join(', ')})${fired.length ? ` — ${fired[0].message}` : ''}`,
    );
  }
}

let ok = true;
for (const [group, s] of [...stats].sort()) {
  const agreement = s.compared ? s.agree / s.compared : 1;
  const coverage = s.rows ? s.compared / s.rows : 1;
  console.log(
    `${group}: ${s.rows} labelled rows, ${s.compared} aliased (coverage ${(coverage * 100).toFixed(1)}%), agreement ${s.agree}/${s.compared} = ${(agreement * 100).toFixed(1)}%`,
  );
  const top = [...s.unaliased].sort((a, b) => b[1] - a[1]);
  if (top.length) console.log(`  not aliased: ${top.map(([k, n]) => `${k} (${n})`).join(', ')}`);
  for (const d of s.disagreements) console.log(`  DISAGREE ${d}`);
  if (s.compared > 0 && agreement < AGREEMENT) ok = false;
}
const k8s = stats.get('kubernetes') ?? { rows: 0, compared: 0 };
const k8sCoverage = k8s.rows ? k8s.compared / k8s.rows : 1;
console.log(
  `Kubernetes coverage: ${k8s.compared}/${k8s.rows} = ${(k8sCoverage * 100).toFixed(1)}% (target ${K8S_COVERAGE * 100}%)`,
);
if (k8sCoverage < K8S_COVERAGE) ok = false;
const total = [...stats.values()].reduce((a, s) => ({ agree: a.agree + s.agree, compared: a.compared + s.compared }), {
  agree: 0,
  compared: 0,
});
console.log(`labelled rows agreeing with the peers: ${total.agree} of ${total.compared} (disagreements listed above)`);
process.exitCode = ok ? 0 : 1;
