import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/finding.js';
import { cli } from '../cli-harness.js';
import { FIXTURES, type RecordedApiServer, startRecordedApiServer } from './api-server.js';
import { kubectlListYaml, logicalNameOf, recordedObjects, resolvePath } from './recorded.js';

const RECORDING = join(FIXTURES, 'kind-stride');

interface AuditJson {
  inputs: { target: string; kind: string }[];
  findings: (Finding & { suppressed: false | { reason: string } })[];
  checks: { ruleId: string; state: string }[];
  diagnostics: { code: string; severity: string; message: string }[];
}

describe('stridebench audit --kube against recorded API responses on 127.0.0.1', () => {
  let server: RecordedApiServer;
  let dir: string;
  let live: AuditJson;

  beforeAll(async () => {
    server = await startRecordedApiServer(RECORDING);
    dir = mkdtempSync(join(tmpdir(), 'sb-kube-'));
    server.kubeconfig(dir);
    const { code, stdout } = await cli(['audit', '--kube', '--kubeconfig', 'kubeconfig', '-f', 'json'], dir);
    expect(code).toBe(0);
    live = JSON.parse(stdout);
  });
  afterAll(() => server.close());

  it('audits the cluster as one input named after the context', () => {
    expect(live.inputs).toEqual([{ target: 'kube:kind-stride', kind: 'kubernetes' }]);
    expect(live.checks.every((c) => c.state !== 'error')).toBe(true);
  });

  it('locates the privileged pod by object and field path, never by a line', () => {
    const privileged = live.findings.filter((f) => f.ruleId === 'RT001');
    expect(privileged.map((f) => [f.logicalLocation, f.suppressed])).toEqual([
      [
        {
          kind: 'resource',
          name: 'kind-stride/kube-system/DaemonSet/kube-proxy',
          path: 'spec.template.spec.containers[0].securityContext.privileged',
        },
        { reason: 'kube-proxy programs iptables on the node, accepted by the platform team (OPS-1432)' },
      ],
      [
        {
          kind: 'resource',
          name: 'kind-stride/kube-system/Pod/node-debugger-kind-worker-q7r5x',
          path: 'spec.containers[0].securityContext.privileged',
        },
        false,
      ],
    ]);
    for (const f of live.findings) {
      expect(f.location).toBeUndefined();
      expect(f.target).toBe('kube:kind-stride');
    }
  });

  it('gives every finding an object that was served and a field path that exists in it', () => {
    const served = new Map(recordedObjects(RECORDING).map((o) => [logicalNameOf('kind-stride', o), o]));
    expect(live.findings.length).toBeGreaterThan(0);
    for (const f of live.findings) {
      const l = f.logicalLocation;
      expect(l?.kind).toBe('resource');
      const object = served.get(l?.name ?? '');
      expect(object, l?.name).toBeDefined();
      if (l?.path) expect(resolvePath(object, l.path), `${l.name} ${l.path}`).toBeDefined();
    }
  });

  it('audits a controller once: the pods, replica sets and jobs it owns are left to it', () => {
    const names = live.findings.map((f) => f.logicalLocation?.name ?? '');
    expect(names.filter((n) => /\/(ReplicaSet|Job)\/|web-5d9c7b8f6c-|kube-proxy-5bq7w|db-0$/.test(n))).toEqual([]);
  });

  it('reports the forbidden resource as a coded warning and audits the rest', () => {
    expect(live.diagnostics).toEqual([
      {
        code: 'cluster-forbidden',
        severity: 'warning',
        message:
          'kube:kind-stride: list configmaps (v1): forbidden: configmaps is forbidden: User "system:serviceaccount:audit:stridebench" cannot list resource "configmaps" in API group "" at the cluster scope; the audit goes on without configmaps',
      },
    ]);
  });

  it('lists every resource across all namespaces in pages of 500, following continue, never secrets', () => {
    const requests = server.requests.slice(0, 18);
    expect(requests.every((r) => r.limit === '500')).toBe(true);
    expect(requests.every((r) => r.authorization === `Bearer ${server.token}`)).toBe(true);
    expect(requests.map((r) => r.path).sort()).toEqual(
      [
        '/api/v1/configmaps',
        '/api/v1/namespaces',
        '/api/v1/pods',
        '/api/v1/pods',
        '/api/v1/replicationcontrollers',
        '/api/v1/services',
        '/apis/apps/v1/daemonsets',
        '/apis/apps/v1/deployments',
        '/apis/apps/v1/replicasets',
        '/apis/apps/v1/statefulsets',
        '/apis/batch/v1/cronjobs',
        '/apis/batch/v1/jobs',
        '/apis/networking.k8s.io/v1/ingresses',
        '/apis/networking.k8s.io/v1/networkpolicies',
        '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings',
        '/apis/rbac.authorization.k8s.io/v1/clusterroles',
        '/apis/rbac.authorization.k8s.io/v1/rolebindings',
        '/apis/rbac.authorization.k8s.io/v1/roles',
      ].sort(),
    );
    const pods = requests.filter((r) => r.path === '/api/v1/pods').map((r) => r.continue);
    expect(pods).toEqual([
      null,
      'eyJ2IjoibWV0YS5rOHMuaW8vdjEiLCJydiI6NTEyMzQsInN0YXJ0Ijoia3ViZS1zeXN0ZW0vbm9kZS1kZWJ1Z2dlci1raW5kLXdvcmtlci1xN3I1eFx1MDAwMCJ9',
    ]);
    expect(server.requests.some((r) => r.path.includes('secrets'))).toBe(false);
  });

  it('gives byte-identical JSON and table output across runs', async () => {
    const args = ['audit', '--kube', 'kind-stride', '--kubeconfig', 'kubeconfig'];
    const [a, b] = [await cli([...args, '-f', 'json'], dir), await cli([...args, '-f', 'json'], dir)];
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout)).toEqual(live);
    const [t1, t2] = [await cli(args, dir), await cli(args, dir)];
    expect(t1.stdout).toBe(t2.stdout);
    expect(t1.stdout).toContain(
      '  kube-system/Pod/node-debugger-kind-worker-q7r5x spec.containers[0].securityContext.privileged CRITICAL RT001  ',
    );
    expect(t1.stdout).toContain('warning [cluster-forbidden] kube:kind-stride: list configmaps (v1): forbidden');
  });

  it('finds the same rules live as in the same objects piped from `kubectl get -o yaml`', async () => {
    const yaml = kubectlListYaml(recordedObjects(RECORDING));
    const { code, stdout } = await cli(['audit', '-', '-f', 'json'], dir, { stdin: yaml });
    expect(code).toBe(0);
    const piped: AuditJson = JSON.parse(stdout);
    expect(piped.inputs).toEqual([{ target: '-', kind: 'kubernetes' }]);
    const ids = (r: AuditJson) => [...new Set(r.findings.map((f) => f.ruleId))].sort();
    expect(ids(piped)).toEqual(ids(live));
    expect(ids(live)).toContain('RT001');
  });

  it('exits 1 with --fail-on when an unsuppressed live finding reaches it', async () => {
    const r = await cli(['audit', '--kube', '--kubeconfig', 'kubeconfig', '--fail-on', 'critical'], dir);
    expect(r.code).toBe(1);
  });

  it('audits files and the cluster in one run', async () => {
    writeFileSync(join(dir, 'Dockerfile'), 'FROM alpine:3.20\nUSER 10001\n');
    const { code, stdout } = await cli(
      ['audit', 'Dockerfile', '--kube', '--kubeconfig', 'kubeconfig', '-f', 'json'],
      dir,
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).inputs).toEqual([
      { target: 'Dockerfile', kind: 'dockerfile' },
      { target: 'kube:kind-stride', kind: 'kubernetes' },
    ]);
  });
});

describe('stridebench audit --kube when the cluster cannot be read', () => {
  it('needs paths, - or --kube', async () => {
    const r = await cli(['audit'], tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--kube');
  });

  it('exits 2 with a cluster-unauthorized error, after one request, when the token is rejected', async () => {
    const server = await startRecordedApiServer(RECORDING);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'sb-kube-'));
      server.kubeconfig(dir, { token: 'expired-token' });
      const r = await cli(['audit', '--kube', '--kubeconfig', 'kubeconfig', '-f', 'json'], dir);
      expect(r.code).toBe(2);
      const out: AuditJson = JSON.parse(r.stdout);
      expect(out.inputs).toEqual([]);
      expect(out.diagnostics).toHaveLength(1);
      expect(out.diagnostics[0]).toMatchObject({ code: 'cluster-unauthorized', severity: 'error' });
      expect(out.diagnostics[0]?.message).toMatch(
        /^kube:kind-stride: the API server rejected the credentials: Unauthorized \(http:\/\/127\.0\.0\.1:\d+\); not read: namespaces, clusterroles, .*, configmaps$/,
      );
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('exits 2 with cluster-unreachable when nothing listens', async () => {
    const server = await startRecordedApiServer(RECORDING);
    const dir = mkdtempSync(join(tmpdir(), 'sb-kube-'));
    server.kubeconfig(dir);
    await server.close();
    const r = await cli(['audit', '--kube', '--kubeconfig', 'kubeconfig'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /error \[cluster-unreachable\] kube:kind-stride: cannot reach the API server: .*ECONNREFUSED/,
    );
  });

  it('gives up on a request after --kube-timeout', async () => {
    const server = await startRecordedApiServer(RECORDING, { intercept: () => true });
    try {
      const dir = mkdtempSync(join(tmpdir(), 'sb-kube-'));
      server.kubeconfig(dir);
      const started = Date.now();
      const r = await cli(['audit', '--kube', '--kubeconfig', 'kubeconfig', '--kube-timeout', '0.3'], dir);
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(
        '[cluster-unreachable] kube:kind-stride: cannot reach the API server: no complete answer within 300 ms',
      );
      expect(server.requests).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('names the contexts the kubeconfig has when --kube names another', async () => {
    const server = await startRecordedApiServer(RECORDING);
    try {
      const dir = mkdtempSync(join(tmpdir(), 'sb-kube-'));
      server.kubeconfig(dir, { extraContexts: ['staging'] });
      const r = await cli(['audit', '--kube', 'prod', '--kubeconfig', 'kubeconfig'], dir);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(
        'error [cluster-config] kubeconfig has no context "prod" (it has: kind-stride, staging)',
      );
      expect(server.requests).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('reports a missing kubeconfig file', async () => {
    const r = await cli(['audit', '--kube', '--kubeconfig', 'no-such-kubeconfig'], mkdtempSync(join(tmpdir(), 'sb-')));
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/error \[cluster-config\] .*no-such-kubeconfig: no such kubeconfig file/);
  });
});
