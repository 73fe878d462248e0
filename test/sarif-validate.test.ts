import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkModel } from '../src/link/check.js';
import { loadModelFile } from '../src/model/load.js';
import { renderAuditSarif, renderCheckSarif, renderThreatsSarif } from '../src/report/sarif.js';
import { audit } from '../src/rules/audit.js';
import { auditEngineSnapshot } from '../src/rules/engine/audit.js';
import { container, snapshot } from '../src/rules/engine/testing.js';
import { analyzeModel } from '../src/stride/report.js';

/**
 * Microsoft's SARIF validator (npm @microsoft/sarif-multitool, a devDependency) over the SARIF of `threats`, `audit`
 * and `check` for every bundled example, plus a live engine audit: zero errors, with GitHub's ingestion rules (Gh)
 * run as well as the SARIF spec rules. One invocation for all files: the validator takes seconds to start.
 */
const REPO = new URL('../', import.meta.url).pathname;
const VALIDATOR = join(REPO, 'node_modules/.bin/sarif-multitool');
const EXAMPLES = ['webapp', 'docker', 'kubernetes'] as const;
const TODAY = '2026-01-01';
/** Warnings we know of and accept: SARIF2017, a manual check located at its whole input file (no region). */
const KNOWN_WARNINGS = ['SARIF2017'];

describe('sarif-multitool validate', () => {
  let dir: string;
  let output: string;
  const files: string[] = [];

  beforeAll(async () => {
    if (!existsSync(VALIDATOR)) throw new Error(`${VALIDATOR} is missing: it is a devDependency (npm ci)`);
    // A path without spaces or shell characters: the validator's npm wrapper runs it through a shell.
    dir = await mkdtemp(join(tmpdir(), 'stridebench-sarif-'));
    const options = { srcRoot: REPO, toolVersion: '0.1.0' };
    const write = async (name: string, text: string) => {
      const path = join(dir, name);
      await writeFile(path, text);
      files.push(path);
    };
    for (const ex of EXAMPLES) {
      const { model, diagnostics } = await loadModelFile(`examples/${ex}`, { today: TODAY, cwd: REPO });
      if (!model) throw new Error(`examples/${ex} does not load: ${JSON.stringify(diagnostics)}`);
      await write(`${ex}-threats.sarif`, renderThreatsSarif(analyzeModel(model, { today: TODAY }), options));
      await write(`${ex}-check.sarif`, renderCheckSarif(await checkModel(model, { cwd: REPO, today: TODAY }), options));
      const audited = await audit({ paths: [`examples/${ex}`, `examples/${ex}/missing.yaml`], cwd: REPO });
      await write(`${ex}-audit.sarif`, renderAuditSarif(audited, options));
    }
    const live = auditEngineSnapshot(
      snapshot({ containers: [container('web', { HostConfig: { Privileged: true, PidMode: 'host' } })] }),
    );
    await write('engine-audit.sarif', renderAuditSarif(live, options));
    // The control: a log the validator must reject (a result without a message), so a validator that checks
    // nothing cannot pass this test.
    const broken = JSON.parse(await readFile(files[0] as string, 'utf8'));
    broken.runs[0].results[0].message = undefined;
    await writeFile(join(dir, 'control-broken.sarif'), JSON.stringify(broken));

    const run = promisify(execFile);
    try {
      // The quotes are the validator's own syntax for a list; the wrapper passes them through its shell.
      const { stdout, stderr } = await run(
        VALIDATOR,
        ['validate', '--rule-kind', '"Sarif;Gh"', ...files, join(dir, 'control-broken.sarif')],
        { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      );
      output = `${stdout}${stderr}`;
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; killed?: boolean };
      if (e.killed) throw new Error('sarif-multitool timed out');
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('scans every file', () => {
    expect(files).toHaveLength(EXAMPLES.length * 3 + 1);
    expect(output).toContain(`${files.length + 1} files scanned`);
  });

  it('finds no error in any SARIF stridebench wrote', () => {
    const errors = output.split('\n').filter((l) => /: error [A-Z]+\d+/.test(l));
    const ours = errors.filter((l) => !l.includes('control-broken.sarif'));
    expect(ours).toEqual([]);
    // The control file is rejected (the validator exits 0 either way: its output is what tells).
    expect(errors.length).toBeGreaterThan(0);
    expect(output).toContain('Analysis completed successfully');
  });

  it('gives only the warnings we know of', () => {
    const kinds = new Set(
      output
        .split('\n')
        .filter((l) => !l.includes('control-broken.sarif'))
        .flatMap((l) => /: warning ([A-Z]+\d+)/.exec(l)?.[1] ?? []),
    );
    expect([...kinds].filter((k) => !KNOWN_WARNINGS.includes(k))).toEqual([]);
  });
});
