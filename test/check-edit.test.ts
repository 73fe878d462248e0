// Break a hardened artifact of an example and run `check` again: the threat the control mitigated must lose its
// status, the evidence must point at the edited artifact, and the control must enter the plan (at the top when it
// now closes the most risk). The examples are copied to a temporary directory first; the originals are not touched.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, copyExample } from './cli-harness.js';

interface Location {
  uri: string;
  startLine: number;
  startColumn: number;
}
interface Report {
  threats: {
    id: string;
    status: string;
    risk: number;
    controlStates: { control: string; state: string }[];
    evidence: { control: string; ruleId: string; state: string; location?: Location }[];
  }[];
  claims: {
    element: { id: string };
    claim: string;
    state: string;
    evidence: { ruleId: string; state: string; location?: Location }[];
  }[];
  plan: { control: string; closes: string[]; risk: number; artifacts: string[] }[];
}

async function check(dir: string, model: string): Promise<Report> {
  const { code, stdout } = await cli(['check', model, '--format', 'json'], dir);
  expect(code).toBe(0);
  return JSON.parse(stdout) as Report;
}

/** Replaces exactly one occurrence of `from` (after `after`, when given) in a file. */
function edit(file: string, from: string, to: string, after = ''): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(after);
  const at = text.indexOf(from, start);
  expect(start, `"${after}" in ${file}`).toBeGreaterThanOrEqual(0);
  expect(at, `"${from}" in ${file}`).toBeGreaterThanOrEqual(0);
  writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
}

const threat = (r: Report, id: string) => r.threats.find((t) => t.id === id);
const lineAt = (dir: string, l: Location | undefined) =>
  l ? (readFileSync(join(dir, l.uri), 'utf8').split('\n')[l.startLine - 1] ?? '') : '';

describe('check after breaking a hardened artifact', () => {
  it('webapp: a Braintree key written into compose.yaml un-verifies the secrets threat and tops the plan', async () => {
    const dir = copyExample('webapp');
    const before = await check(dir, 'webapp');
    expect(threat(before, 'T-GEN-012@app')?.status).toBe('verified-mitigated');
    expect(before.plan.map((p) => p.control)).not.toContain('design:secrets-management');

    edit(
      join(dir, 'webapp/compose.yaml'),
      'BRAINTREE_PRIVATE_KEY_FILE: /run/secrets/braintree_private_key',
      'BRAINTREE_PRIVATE_KEY: 6f1c9e0a4b7d2e8f3a5c1d9b0e7f4a2c',
    );
    const after = await check(dir, 'webapp');
    const t = threat(after, 'T-GEN-012@app');
    expect(t?.status).toBe('unmitigated');
    expect(t?.controlStates).toEqual([{ control: 'design:secrets-management', state: 'fail' }]);
    const failing = t?.evidence.filter((e) => e.state === 'fail') ?? [];
    expect(failing.map((e) => [e.ruleId, e.location?.uri])).toEqual([['RT046', 'webapp/compose.yaml']]);
    expect(lineAt(dir, failing[0]?.location)).toContain('BRAINTREE_PRIVATE_KEY:');
    // a failed control raises the threat's risk, and its control now closes the most risk
    expect(t?.risk).toBe((threat(before, 'T-GEN-012@app')?.risk ?? 0) + 1);
    expect(after.plan[0]).toMatchObject({
      control: 'design:secrets-management',
      closes: ['T-GEN-012@app'],
      artifacts: ['webapp/compose.yaml'],
    });
    expect(after.plan[0]?.risk).toBeGreaterThan(after.plan[1]?.risk ?? 0);
  });

  it('webapp: removing the memory limit of Nginx leaves its partly mitigated threat unmitigated', async () => {
    const dir = copyExample('webapp');
    const before = await check(dir, 'webapp');
    expect(threat(before, 'T-WEB-015@web')?.status).toBe('partially-mitigated');
    const limits = before.plan.find((p) => p.control === 'design:resource-limits');
    expect(limits?.closes).toEqual(['T-GEN-013@db']);

    edit(join(dir, 'webapp/compose.yaml'), '    mem_limit: 256m\n', '', '  web:');
    const after = await check(dir, 'webapp');
    expect(threat(after, 'T-WEB-015@web')?.status).toBe('unmitigated');
    expect(after.plan[0]?.control).toBe('design:resource-limits');
    expect(after.plan[0]?.closes.sort()).toEqual(['T-GEN-013@db', 'T-WEB-015@web']);
    expect(after.plan[0]?.risk).toBe((limits?.risk ?? 0) + (threat(after, 'T-WEB-015@web')?.risk ?? 0));
  });

  it('webapp: dropping `cap_drop: [ALL]` from the application contradicts the model that says it drops them', async () => {
    const dir = copyExample('webapp');
    const claimOf = (r: Report) =>
      r.claims.find((c) => c.element.id === 'app' && c.claim === 'dropsAllCapabilities: true');
    expect(claimOf(await check(dir, 'webapp'))?.state).toBe('confirmed');

    edit(join(dir, 'webapp/compose.yaml'), '    cap_drop: [ALL]\n', '', '  app:');
    const claim = claimOf(await check(dir, 'webapp'));
    expect(claim?.state).toBe('contradicted');
    const rt008 = claim?.evidence.find((e) => e.ruleId === 'RT008' && e.state === 'fail');
    expect(lineAt(dir, rt008?.location)).toBe('  app:');
  });

  it('kubernetes: binding the controller manager to every interface leaves its profiling threat unmitigated', async () => {
    const dir = copyExample('kubernetes');
    const before = await check(dir, 'kubernetes');
    // partially: its network segmentation cannot be verified on a static pod on the host network
    expect(threat(before, 'T-K8S-016@controller-manager')?.status).toBe('partially-mitigated');

    edit(
      join(dir, 'kubernetes/control-plane/kube-controller-manager.yaml'),
      '--bind-address=127.0.0.1',
      '--bind-address=0.0.0.0',
    );
    const after = await check(dir, 'kubernetes');
    const t = threat(after, 'T-K8S-016@controller-manager');
    expect(t?.status).toBe('unmitigated');
    expect(t?.controlStates).toContainEqual({ control: 'cis-kubernetes-1.12.0:1.3.7', state: 'fail' });
    const cp037 = t?.evidence.find((e) => e.ruleId === 'CP037' && e.state === 'fail');
    expect(lineAt(dir, cp037?.location)).toContain('--bind-address=0.0.0.0');
    const item = after.plan.find((p) => p.control === 'cis-kubernetes-1.12.0:1.3.7');
    expect(item?.closes).toEqual(['T-K8S-016@controller-manager']);
    expect(item?.artifacts).toEqual(['kubernetes/control-plane/kube-controller-manager.yaml']);
  });

  it('kubernetes: a Prometheus that keeps its capabilities contradicts the hardened pod of the model', async () => {
    const dir = copyExample('kubernetes');
    const claimOf = (r: Report) =>
      r.claims.find((c) => c.element.id === 'prometheus' && c.claim === 'dropsAllCapabilities: true');
    expect(claimOf(await check(dir, 'kubernetes'))?.state).toBe('confirmed');

    edit(
      join(dir, 'kubernetes/manifests/monitoring.yaml'),
      '            capabilities:\n              drop: [ALL]\n',
      '',
      'name: prometheus\n          image:',
    );
    const claim = claimOf(await check(dir, 'kubernetes'));
    expect(claim?.state).toBe('contradicted');
    const rt008 = claim?.evidence.find((e) => e.ruleId === 'RT008' && e.state === 'fail');
    expect(lineAt(dir, rt008?.location)).toContain('- name: prometheus');
  });
});
