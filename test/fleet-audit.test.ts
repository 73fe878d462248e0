// stridebench's own image definition and its Kubernetes manifests pass stridebench's audit: no open finding above
// low, and every suppressed finding says why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { atLeast } from '../src/core/severity.js';
import { type AuditResult, audit } from '../src/rules/audit.js';

const root = join(import.meta.dirname, '..');

describe('the fleet deployment passes its own audit', () => {
  let result: AuditResult;
  beforeAll(async () => {
    result = await audit({ paths: ['Dockerfile', 'deploy'], cwd: root, workers: 1 });
  });

  it('audits the image definition and every manifest', () => {
    expect(result.inputs).toEqual([
      { target: 'Dockerfile', kind: 'dockerfile' },
      { target: 'deploy/kubernetes/cluster-audit.yaml', kind: 'kubernetes' },
      { target: 'deploy/kubernetes/namespaces.yaml', kind: 'kubernetes' },
      { target: 'deploy/kubernetes/node-audit-daemonset.yaml', kind: 'kubernetes' },
      { target: 'deploy/kubernetes/node-audit.yaml', kind: 'kubernetes' },
    ]);
    expect(result.diagnostics).toEqual([]);
    expect(result.checks.filter((c) => c.state === 'error')).toEqual([]);
  });

  it('has no unsuppressed finding above low', () => {
    const open = result.findings.filter((f) => !f.suppressed && atLeast(f.severity, 'medium'));
    expect(open.map((f) => `${f.location?.uri}:${f.location?.startLine} ${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it('gives a reason for every suppressed finding', () => {
    const suppressed = result.findings.filter((f) => f.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const f of suppressed) expect(f.suppressed?.reason, `${f.ruleId} ${f.target}`).toMatch(/\w{3,}.*\s\w{3,}/);
    expect(suppressed.filter((f) => f.suppressed?.reason === '(no reason given)')).toEqual([]);
  });

  it('runs the image as a non-root user and the cluster audit as non-root without capabilities', () => {
    const pass = (ruleId: string, target: string) =>
      result.checks.find((c) => c.ruleId === ruleId && c.target === target)?.state;
    expect(pass('DF001', 'Dockerfile')).toBe('pass');
    for (const rule of ['RT003', 'RT008', 'RT032', 'RT034', 'RT002'])
      expect(pass(rule, 'deploy/kubernetes/cluster-audit.yaml'), rule).toBe('pass');
  });
});

describe('the image build context', () => {
  // `npm run build` in the image's build stage reads what the build script names; a path the Dockerfile does not
  // copy (or .dockerignore leaves out) breaks the image build, which cannot run here (no base image offline).
  const read = (p: string) => readFileSync(join(root, p), 'utf8');
  const buildScript = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.build ?? '';
  const configs = [...buildScript.matchAll(/(?:-p|--config)\s+(\S+)/g)].map((m) => m[1] as string);
  const includes = configs
    .filter((c) => c.endsWith('.json'))
    .flatMap((c) => (JSON.parse(read(c)) as { include?: string[] }).include ?? []);
  const needed = [...new Set([...configs, ...includes].map((p) => p.split('/')[0] as string))];
  const stage = read('Dockerfile').split(/^FROM /m)[1] ?? '';
  const copied = [...stage.matchAll(/^COPY\s+(?!--from)(.+)\s+\S+$/gm)].flatMap((m) => (m[1] as string).split(/\s+/));
  const ignore = read('.dockerignore');

  it('copies every path the build script reads into the build stage, and lets it through .dockerignore', () => {
    expect(needed).toEqual(expect.arrayContaining(['tsconfig.build.json', 'src', 'web']));
    for (const p of needed) {
      expect(copied, `COPY ${p}`).toContain(p);
      expect(ignore, `!${p} in .dockerignore`).toMatch(new RegExp(`^!${p.replace('.', '\\.')}(/\\*\\*)?$`, 'm'));
    }
  });
});
