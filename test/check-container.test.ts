// A `kubernetes` source can name one container of a pod: a sidecar's findings are not its neighbour's, while the
// pod's own settings count for both.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gatherEvidence } from '../src/link/evidence.js';
import { loadModelFile } from '../src/model/load.js';

const dir = mkdtempSync(join(tmpdir(), 'sb-container-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MANIFEST = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
  namespace: shop
spec:
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop }
    spec:
      hostPID: true
      containers:
        - name: app
          image: registry.example.com/shop/app:1.8.2
          resources:
            limits: { memory: 256Mi, cpu: 500m }
        - name: agent
          image: registry.example.com/ops/agent:2.3.0
          securityContext:
            privileged: true
`;

function model(appContainer: string): string {
  return `version: 1
system: { name: Shop }
components:
  - id: app
    name: Shop application
    kind: process
    sources:
      - kubernetes: shop.yaml
        kind: Deployment
        name: shop
        container: ${appContainer}
  - id: agent
    name: Monitoring agent
    kind: process
    sources:
      - kubernetes: shop.yaml
        container: agent
`;
}

async function evidence(appContainer: string) {
  writeFileSync(join(dir, 'shop.yaml'), MANIFEST);
  writeFileSync(join(dir, 'threatmodel.yaml'), model(appContainer));
  const { model: m, diagnostics } = await loadModelFile('threatmodel.yaml', { cwd: dir });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!m) throw new Error('model did not load');
  return gatherEvidence(m, dir);
}

describe('kubernetes source with a container', () => {
  it("keeps a privileged sidecar's findings off its neighbour, and the memory limit it lacks", async () => {
    const e = await evidence('app');
    const app = e.byComponent.get('app');
    const agent = e.byComponent.get('agent');
    expect(app?.rules.get('RT001')?.state).toBe('pass');
    expect(agent?.rules.get('RT001')?.state).toBe('fail');
    expect(agent?.rules.get('RT001')?.findings.map((f) => f.location?.startLine)).toEqual([22]);
    expect(app?.rules.get('RT027')?.state).toBe('pass');
    expect(agent?.rules.get('RT027')?.state).toBe('fail');
  });

  it("counts the pod's own settings (host PID namespace) for every container", async () => {
    const e = await evidence('app');
    // RT014: shares the host's process namespace, reported on the pod spec's hostPID
    for (const id of ['app', 'agent']) {
      const r = e.byComponent.get(id)?.rules.get('RT014');
      expect(r?.state).toBe('fail');
      expect(r?.findings.map((f) => f.location?.startLine)).toEqual([13]);
    }
  });

  it('warns when no selected workload has the container', async () => {
    const e = await evidence('web');
    expect(e.diagnostics).toEqual([
      expect.objectContaining({
        code: 'source-not-found',
        severity: 'warning',
        message: 'no container "web" in the Kubernetes objects of shop.yaml that match the source',
      }),
    ]);
  });
});
