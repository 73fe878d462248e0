// The worker pool must not change a byte of the output: the same inputs audited in this thread and on two worker
// threads give the same JSON and SARIF, diagnostics, suppressions and cross-file rules included.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAuditJson } from '../src/report/audit.js';
import { renderAuditSarif } from '../src/report/sarif.js';
import { type AuditResult, audit } from '../src/rules/audit.js';

const root = join(import.meta.dirname, '..');
let dir: string;
const runs = new Map<number, AuditResult>();
const progress = new Map<number, [number, number][]>();

const NETWORK_POLICY = (name: string, app: string) => `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ${name}
  namespace: tenant
spec:
  podSelector:
    matchLabels:
      app: ${app}
  policyTypes: [Ingress, Egress]
`;

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: tenant
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example.com/web:1.0
`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'stridebench-workers-'));
  for (const example of ['docker', 'kubernetes', 'webapp'])
    cpSync(join(root, 'examples', example), join(dir, example), { recursive: true });
  // Cross-file rules: the Deployment's pods are selected by a policy in another file (KS019 stays silent on it), and
  // a policy in a third file selects no pod of the namespace (KS020 needs every file's pod templates).
  writeFileSync(join(dir, 'cluster-web.yaml'), DEPLOYMENT);
  writeFileSync(join(dir, 'cluster-policy.yaml'), NETWORK_POLICY('web', 'web'));
  writeFileSync(join(dir, 'cluster-stale-policy.yaml'), NETWORK_POLICY('stale', 'renamed'));
  // Diagnostics: a manifest that is not YAML, and one document that is not an object.
  writeFileSync(join(dir, 'broken.yaml'), 'apiVersion: v1\nkind: Pod\nmetadata: {name: [unclosed\n');
  // An inline ignore, and an option: the untrusted registry is reported in workers as here.
  writeFileSync(
    join(dir, 'Dockerfile.ignored'),
    '# stridebench:ignore DF001 the image only copies files\nFROM docker.io/library/alpine:3.20\nCOPY . /srv\n',
  );
  // Enough files for the pool to send them in batches of several (a batch holds a few files per worker lane).
  for (let i = 0; i < 60; i++) {
    const sub = join(dir, 'many', String(i).padStart(2, '0'));
    mkdirSync(sub, { recursive: true });
    writeFileSync(
      join(sub, 'Dockerfile'),
      `FROM registry.example.com/base:${i}\nUSER ${i % 3 === 0 ? 'root' : 'app'}\nEXPOSE ${8000 + i}\n`,
    );
    writeFileSync(
      join(sub, 'web.yaml'),
      DEPLOYMENT.replace('name: web\n  namespace: tenant', `name: web-${i}\n  namespace: batch`),
    );
  }
  for (const workers of [1, 2]) {
    const seen: [number, number][] = [];
    runs.set(
      workers,
      await audit({
        paths: ['.'],
        cwd: dir,
        workers,
        options: { trustedRegistries: ['registry.example.com'] },
        onProgress: (done, total) => seen.push([done, total]),
      }),
    );
    progress.set(workers, seen);
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('audit with worker threads', () => {
  it('gives byte-identical JSON and SARIF with 1 and 2 workers', () => {
    const one = runs.get(1) as AuditResult;
    const two = runs.get(2) as AuditResult;
    expect(renderAuditJson(two)).toBe(renderAuditJson(one));
    const sarif = { srcRoot: dir, toolVersion: '0.0.0-test' };
    expect(renderAuditSarif(two, sarif)).toBe(renderAuditSarif(one, sarif));
  });

  it('audits every kind of the mix, in discovery order', () => {
    const r = runs.get(2) as AuditResult;
    const kinds = new Set(r.inputs.map((i) => i.kind));
    expect([...kinds].sort()).toEqual(['compose', 'daemon', 'dockerfile', 'kubelet', 'kubernetes']);
    expect(r.inputs.filter((i) => i.target.startsWith('many/')).length).toBe(120);
    const targets = r.inputs.map((i) => i.target);
    expect(targets.slice(0, 5)).toEqual([
      'Dockerfile.ignored',
      'broken.yaml',
      'cluster-policy.yaml',
      'cluster-stale-policy.yaml',
      'cluster-web.yaml',
    ]);
  });

  it('keeps the diagnostics of a malformed file', () => {
    const r = runs.get(2) as AuditResult;
    const broken = r.diagnostics.filter((d) => d.location?.uri === 'broken.yaml');
    expect(broken.map((d) => d.code)).toContain('yaml-syntax');
    expect(r.inputs.some((i) => i.target === 'broken.yaml')).toBe(true);
  });

  it('applies inline ignores and options in the workers', () => {
    const r = runs.get(2) as AuditResult;
    const ignored = r.findings.find((f) => f.target === 'Dockerfile.ignored' && f.ruleId === 'DF001');
    expect(ignored?.suppressed).toEqual({
      reason: 'the image only copies files',
      location: { uri: 'Dockerfile.ignored', startLine: 1, startColumn: 1, endLine: 1, endColumn: 55 },
    });
    const registry = r.findings.filter((f) => f.target === 'Dockerfile.ignored' && /registry/i.test(f.message));
    expect(registry.length).toBeGreaterThan(0);
  });

  it('lets a manifest see the objects of the other manifests', () => {
    const r = runs.get(2) as AuditResult;
    const ks019 = r.checks.find((c) => c.ruleId === 'KS019' && c.target === 'cluster-web.yaml');
    expect(ks019?.state).toBe('pass');
    const stale = r.findings.filter((f) => f.ruleId === 'KS020' && f.target === 'cluster-stale-policy.yaml');
    expect(stale.map((f) => [f.message, f.location?.startLine])).toEqual([
      [
        'NetworkPolicy/stale (namespace tenant) selects none of the 1 workload(s) of its namespace: it isolates nothing.',
        7,
      ],
    ]);
    const used = r.checks.find((c) => c.ruleId === 'KS020' && c.target === 'cluster-policy.yaml');
    expect(used?.state).toBe('pass');
  });

  it('reports progress up to the total, once per input or group', () => {
    for (const seen of progress.values()) {
      const total = seen[0]?.[1] as number;
      expect(seen.map(([d]) => d)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
      expect(seen.every(([, t]) => t === total)).toBe(true);
    }
  });
});
