// Agreement with peers' labelled fixtures: for every Dockerfile row of ../shared/corpus/labelled/expected.csv whose
// peer rule one of our rules declares as an alias, run those rules on the file and compare fail/pass with the label.
// Prints the agreement and every row that disagrees; exits 1 below the target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_RULES, auditText } from '../dist/index.js';

const TARGET = 0.95;
const labelled = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'labelled');
const rows = readFileSync(join(labelled, 'expected.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file, tool, ruleId, expect] = line.trim().split(',');
    return { file, tool, ruleId, expect };
  });

const isDockerfile = (f) => /(^|\/)(Dockerfile|Containerfile)([.-][^/]*)?$/i.test(f) || /\.dockerfile$/i.test(f);
const aliasOwners = (tool, id) =>
  AUDIT_RULES.filter((r) => r.source === 'dockerfile' && (r.meta.aliases[tool] ?? []).includes(id));

let agree = 0;
let compared = 0;
const disagreements = [];
const notAliased = new Map();
for (const row of rows.filter((r) => isDockerfile(r.file))) {
  const owners = aliasOwners(row.tool, row.ruleId);
  if (owners.length === 0) {
    notAliased.set(`${row.tool} ${row.ruleId}`, (notAliased.get(`${row.tool} ${row.ruleId}`) ?? 0) + 1);
    continue;
  }
  const text = readFileSync(join(labelled, row.file), 'utf8');
  const result = auditText(text, row.file, 'dockerfile');
  const ids = new Set(owners.map((r) => r.id));
  const fired = result.findings.filter((f) => ids.has(f.ruleId) && !f.suppressed);
  const errored = result.checks.filter((c) => ids.has(c.ruleId) && c.state === 'error');
  const verdict = errored.length > 0 ? 'error' : fired.length > 0 ? 'fail' : 'pass';
  compared++;
  if (verdict === row.expect) agree++;
  else
    disagreements.push(
      `${row.file} ${row.tool} ${row.ruleId}: expected ${row.expect}, ours ${verdict} (${[...ids].join(', ')})${fired.length ? ` — ${fired[0].message}` : ''}`,
    );
}
const ratio = compared === 0 ? 0 : agree / compared;
console.log(
  `labelled Dockerfile rows compared: ${compared} (peer rules not aliased: ${[...notAliased.keys()].sort().join(', ') || 'none'})`,
);
console.log(`agreement: ${agree}/${compared} = ${(ratio * 100).toFixed(1)}% (target ${TARGET * 100}%)`);
for (const d of disagreements) console.log(`  DISAGREE ${d}`);
console.log(`labelled: ${agree} passed, ${compared - agree} failed`);
process.exitCode = ratio >= TARGET ? 0 : 1;
