// stridebench's own image definition and its Kubernetes manifests pass stridebench's audit: no open finding above
// low, and every suppressed finding says why.
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
