import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './cli-harness.js';

const EXAMPLES = ['webapp', 'docker', 'kubernetes'] as const;

/** A scratch copy of the examples, so a test may add files and a config without touching the repository. */
function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-ci-'));
  cpSync(join(ROOT, 'examples'), join(dir, 'examples'), { recursive: true });
  return dir;
}

const INPUT = {
  threats: (e: string) => `examples/${e}`,
  check: (e: string) => `examples/${e}`,
  audit: (e: string) => `examples/${e}`,
};

describe('--baseline', () => {
  const dir = scratch();
  for (const command of ['threats', 'check', 'audit'] as const) {
    it.each(EXAMPLES)(`${command} examples/%s: the same run as baseline passes --fail-on info`, async (name) => {
      const base = join(dir, `${command}-${name}.json`);
      const first = await cli([command, INPUT[command](name), '--format', 'json', '-o', base], dir);
      expect(first.stderr).toBe('');
      // without the baseline the gate fails, so the baseline is what makes it pass
      const ungated = await cli([command, INPUT[command](name), '--fail-on', 'info'], dir);
      expect(ungated.code).toBe(1);
      const gated = await cli([command, INPUT[command](name), '--fail-on', 'info', '--baseline', base], dir);
      expect(gated.stderr).toBe('');
      expect(gated.code).toBe(0);
      const json = await cli([command, INPUT[command](name), '--format', 'json', '--baseline', base], dir);
      expect(JSON.parse(json.stdout).baseline).toEqual({ file: base, new: [] });
    });
  }

  it('threats: an open threat the baseline did not have fails, and is listed as new', async () => {
    const base = JSON.parse((await cli(['threats', 'examples/webapp', '--format', 'json'], dir)).stdout);
    const dropped = base.threats.find((t: { status: string }) => t.status === 'open');
    base.threats = base.threats.filter((t: { id: string }) => t.id !== dropped.id);
    writeFileSync(join(dir, 'old-threats.json'), JSON.stringify(base));
    const table = await cli(['threats', 'examples/webapp', '--baseline', 'old-threats.json', '--fail-on', 'info'], dir);
    expect(table.code).toBe(1);
    expect(table.stderr).toBe('1 open threats at or above info not in the baseline old-threats.json\n');
    expect(table.stdout).toContain(
      `New since the baseline old-threats.json: 1 open threats\n  + ${dropped.severity} ${dropped.id} ${dropped.title}\n`,
    );
    const json = await cli(['threats', 'examples/webapp', '--baseline', 'old-threats.json', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout).baseline).toEqual({ file: 'old-threats.json', new: [dropped.id] });
    // the gate still honours the threshold: above the new threat's severity, nothing new fails
    const order = ['info', 'low', 'medium', 'high', 'critical'];
    const above = order[order.indexOf(dropped.severity) + 1];
    if (above) {
      const lenient = await cli(
        ['threats', 'examples/webapp', '--baseline', 'old-threats.json', '--fail-on', above],
        dir,
      );
      expect(lenient.code).toBe(0);
    }
  });

  it('check: a threat unmitigated now but not in the baseline fails', async () => {
    const base = JSON.parse((await cli(['check', 'examples/webapp', '--format', 'json'], dir)).stdout);
    const t = base.threats.find((x: { id: string }) => x.id === 'T-GEN-013@db');
    expect(t.status).toBe('unmitigated');
    t.status = 'unverified';
    writeFileSync(join(dir, 'old-check.json'), JSON.stringify(base));
    const r = await cli(
      ['check', 'examples/webapp', '--baseline', 'old-check.json', '--format', 'json', '--fail-on', 'low'],
      dir,
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).baseline.new).toEqual(['T-GEN-013@db']);
  });

  it('audit: a new finding fails; moved lines do not make old findings new', async () => {
    const d = scratch();
    await cli(['audit', 'examples/docker', '--format', 'json', '-o', 'base.json'], d);
    // move every line of the compose file down: positions change, fingerprints do not
    const compose = join(d, 'examples/docker/compose.yaml');
    writeFileSync(compose, `# moved\n\n${readFileSync(compose, 'utf8')}`);
    expect((await cli(['audit', 'examples/docker', '--baseline', 'base.json', '--fail-on', 'info'], d)).code).toBe(0);
    writeFileSync(join(d, 'examples/docker/Dockerfile.new'), 'FROM docker.io/library/alpine:3.20\nRUN echo hi\n');
    const r = await cli(['audit', 'examples/docker', '--baseline', 'base.json', '--fail-on', 'info'], d);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /New since the baseline base\.json: \d+ unsuppressed findings\n {2}\+ examples\/docker\/Dockerfile\.new:1:1 /,
    );
    const json = JSON.parse(
      (await cli(['audit', 'examples/docker', '--baseline', 'base.json', '--format', 'json'], d)).stdout,
    );
    const fresh = json.findings.filter((f: { target: string }) => f.target === 'examples/docker/Dockerfile.new');
    expect(fresh.length).toBeGreaterThan(0);
    expect(json.baseline.new).toHaveLength(fresh.length);
  });

  it('refuses a baseline that is not JSON, or comes from another command, with exit 2', async () => {
    writeFileSync(join(dir, 'broken.json'), '{"threats": [');
    const broken = await cli(['audit', 'examples/docker', '--baseline', 'broken.json'], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^--baseline broken\.json: not JSON .*stridebench audit --format json/);
    expect(broken.stdout).toBe('');
    await cli(['threats', 'examples/docker', '--format', 'json', '-o', 'threats.json'], dir);
    const other = await cli(['check', 'examples/docker', '--baseline', 'threats.json'], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toBe(
      '--baseline threats.json: this is the output of `stridebench threats`, not of `stridebench check`\n',
    );
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    expect((await cli(['threats', 'examples/docker', '--baseline', 'other.json'], dir)).stderr).toMatch(
      /not the JSON output of a stridebench command/,
    );
    expect((await cli(['threats', 'examples/docker', '--baseline', 'missing.json'], dir)).code).toBe(2);
  });

  it('leaves the default output unchanged without --baseline', async () => {
    const r = await cli(['threats', 'examples/webapp', '--format', 'json'], dir);
    expect(JSON.parse(r.stdout)).not.toHaveProperty('baseline');
  });
});

describe('stridebench.yaml', () => {
  it('sets the format and fail-on; flags win', async () => {
    const d = scratch();
    writeFileSync(join(d, 'stridebench.yaml'), 'format: json\nfailOn: info\n');
    const fromConfig = await cli(['threats', 'examples/webapp'], d);
    expect(fromConfig.code).toBe(1);
    expect(JSON.parse(fromConfig.stdout).threats.length).toBeGreaterThan(0);
    const flags = await cli(['threats', 'examples/webapp', '--format', 'md', '--fail-on', 'none'], d);
    expect(flags.code).toBe(0);
    expect(flags.stdout).toMatch(/^# Threat model: Simple web shop\n/);
    // --config none ignores the file
    expect((await cli(['threats', 'examples/webapp', '--config', 'none'], d)).code).toBe(0);
  });

  it('ignores audit findings with the reason, and an expired ignore no longer applies', async () => {
    const d = scratch();
    writeFileSync(
      join(d, 'ci.yaml'),
      [
        'ignores:',
        '  - rule: RT027',
        '    target: examples/webapp/compose.yaml',
        '    reason: limits are set by the orchestrator',
        '  - rule: RT029',
        '    reason: old exception',
        '    expires: 2020-01-01',
        '',
      ].join('\n'),
    );
    const r = await cli(['audit', 'examples/webapp', '--format', 'json', '--config', 'ci.yaml'], d);
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; suppressed: unknown }[];
    const rt027 = findings.filter((f) => f.ruleId === 'RT027');
    expect(rt027.length).toBeGreaterThan(0);
    for (const f of rt027)
      expect(f.suppressed).toEqual({
        reason: 'limits are set by the orchestrator',
        location: { uri: 'ci.yaml', startLine: 2, startColumn: 5, endLine: 5, endColumn: 1 },
      });
    const rt029 = findings.filter((f) => f.ruleId === 'RT029');
    expect(rt029.length).toBeGreaterThan(0);
    for (const f of rt029) expect(f.suppressed).toBe(false);
    expect(r.stderr).toBe(
      'ci.yaml:7:14: warning [config-ignore-expired] ci.yaml: ignores[1] of RT029 expired on 2020-01-01 and no longer applies\n',
    );
  });

  it("applies ignores to check's evidence", async () => {
    const d = scratch();
    const before = JSON.parse((await cli(['check', 'examples/webapp', '--format', 'json'], d)).stdout);
    expect(before.threats.find((t: { id: string }) => t.id === 'T-GEN-013@db').status).toBe('unmitigated');
    writeFileSync(
      join(d, 'stridebench.yaml'),
      [
        'ignores:',
        '  - { rule: RT027, target: examples/webapp/compose.yaml, reason: accepted for the demo }',
        '  - { rule: RT029, target: "examples/*/compose.yaml", reason: accepted for the demo }',
        '',
      ].join('\n'),
    );
    const after = JSON.parse((await cli(['check', 'examples/webapp', '--format', 'json'], d)).stdout);
    const t = after.threats.find((x: { id: string }) => x.id === 'T-GEN-013@db');
    expect(t.status).not.toBe('unmitigated');
    expect(
      t.evidence.filter((e: { ruleId: string; state: string }) => /RT02[79]/.test(e.ruleId) && e.state === 'fail'),
    ).toEqual([]);
  });

  it('stops with exit 2 and file:line:column on a bad config', async () => {
    const d = scratch();
    writeFileSync(join(d, 'stridebench.yaml'), 'failOn: high\nignores:\n  - rule: DF001\n');
    const r = await cli(['audit', 'examples/docker'], d);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'stridebench.yaml:3:5: error [missing-field] stridebench.yaml: ignores[0].reason: required field is missing\n',
    );
  });

  it('sets the CIS level of audit, unless --level says otherwise', async () => {
    const d = scratch();
    const all = JSON.parse((await cli(['audit', 'examples/docker', '--format', 'json'], d)).stdout);
    writeFileSync(join(d, 'stridebench.yaml'), 'level: 1\n');
    const level1 = JSON.parse((await cli(['audit', 'examples/docker', '--format', 'json'], d)).stdout);
    const level2 = JSON.parse((await cli(['audit', 'examples/docker', '--format', 'json', '--level', '2'], d)).stdout);
    expect(level1.checks.length).toBeLessThan(all.checks.length);
    expect(level2.checks.length).toBe(all.checks.length);
  });
});

describe('terminal output', () => {
  it('colours a terminal table, never a file written with --output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-color-'));
    const out = join(dir, 'report.txt');
    for (const command of ['threats', 'check', 'audit']) {
      const tty = await cli([command, join(ROOT, 'examples/webapp')], ROOT, { color: true });
      expect(tty.stdout).toContain('\u001b[');
      await cli([command, join(ROOT, 'examples/webapp'), '-o', out], ROOT, { color: true });
      const text = readFileSync(out, 'utf8');
      expect(text.length).toBeGreaterThan(100);
      expect(text).not.toContain('\u001b');
    }
  });

  it('draws no progress bar when standard error is not a terminal', async () => {
    const r = await cli(['audit', 'examples'], ROOT, { progress: false });
    expect(r.stderr).not.toContain('auditing');
    expect(r.stderr).not.toContain('\r');
  });
});
