import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCluster, CLUSTER_RESOURCES, readCluster } from '../../src/sources/cluster/index.js';
import { FIXTURES, type Intercept, startRecordedApiServer } from './api-server.js';

const RECORDING = join(FIXTURES, 'kind-stride');
const only = (...names: string[]) => CLUSTER_RESOURCES.filter((r) => names.includes(r.resource));

async function withServer<T>(
  dir: string,
  options: Parameters<typeof startRecordedApiServer>[1],
  body: (s: Awaited<ReturnType<typeof startRecordedApiServer>>, kubeconfig: string) => Promise<T>,
): Promise<T> {
  const server = await startRecordedApiServer(dir, options);
  try {
    return await body(server, server.kubeconfig(mkdtempSync(join(tmpdir(), 'sb-kube-'))));
  } finally {
    await server.close();
  }
}

describe('readCluster', () => {
  it('fills in kind and apiVersion, drops status, managedFields and last-applied, sorts by namespace and name', async () => {
    await withServer(RECORDING, {}, async (_, kubeconfig) => {
      const s = await readCluster({ kubeconfig, resources: only('namespaces', 'deployments') });
      expect(s.context).toBe('kind-stride');
      expect(s.read).toEqual([
        { resource: 'namespaces', groupVersion: 'v1', count: 6 },
        { resource: 'deployments', groupVersion: 'apps/v1', count: 2 },
      ]);
      expect(
        s.objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`),
      ).toEqual([
        'v1 Namespace /default',
        'v1 Namespace /kube-node-lease',
        'v1 Namespace /kube-public',
        'v1 Namespace /kube-system',
        'v1 Namespace /local-path-storage',
        'v1 Namespace /shop',
        'apps/v1 Deployment kube-system/coredns',
        'apps/v1 Deployment shop/web',
      ]);
      for (const o of s.objects) {
        expect(o.status).toBeUndefined();
        expect(o.metadata.managedFields).toBeUndefined();
      }
      const web = s.objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'web');
      expect(web?.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' });
      expect(s.diagnostics).toEqual([]);
    });
  });

  it('keeps owned objects with includeOwned, reading every page at the page size asked for', async () => {
    await withServer(RECORDING, {}, async (server, kubeconfig) => {
      const s = await readCluster({ kubeconfig, resources: only('pods'), includeOwned: true, pageSize: 4 });
      expect(s.owned).toBe(0);
      expect(s.objects.map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
        'kube-system/coredns-7db6d8ff4d-8xq2m',
        'kube-system/kube-apiserver-kind-control-plane',
        'kube-system/kube-proxy-5bq7w',
        'kube-system/node-debugger-kind-worker-q7r5x',
        'shop/db-0',
        'shop/web-5d9c7b8f6c-x4kzq',
      ]);
      expect(server.requests.map((r) => [r.path, r.limit, r.continue !== null])).toEqual([
        ['/api/v1/pods', '4', false],
        ['/api/v1/pods', '4', true],
      ]);
    });
  });

  it('leaves out only objects whose controller was read: a mirror pod owned by its Node stays', async () => {
    await withServer(RECORDING, {}, async (_, kubeconfig) => {
      const s = await readCluster({ kubeconfig, resources: only('daemonsets', 'pods') });
      expect(s.owned).toBe(1);
      expect(s.objects.filter((o) => o.kind === 'Pod').map((o) => o.metadata.name)).toEqual([
        'coredns-7db6d8ff4d-8xq2m',
        'kube-apiserver-kind-control-plane',
        'node-debugger-kind-worker-q7r5x',
        'db-0',
        'web-5d9c7b8f6c-x4kzq',
      ]);
    });
  });

  it('verifies the server certificate against the kubeconfig CA over https', async () => {
    await withServer(RECORDING, { tls: true }, async (server, kubeconfig) => {
      expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:/);
      const s = await readCluster({ kubeconfig, resources: only('namespaces') });
      expect(s.diagnostics).toEqual([]);
      expect(s.objects).toHaveLength(6);
    });
  });

  it('refuses a server whose certificate the kubeconfig does not trust', async () => {
    await withServer(RECORDING, { tls: true }, async (server, kubeconfig) => {
      const untrusting = join(mkdtempSync(join(tmpdir(), 'sb-kube-')), 'kubeconfig');
      const { readFileSync } = await import('node:fs');
      writeFileSync(untrusting, readFileSync(kubeconfig, 'utf8').replace(/ {4}certificate-authority-data: .*\n/, ''));
      const s = await readCluster({ kubeconfig: untrusting, resources: only('namespaces') });
      expect(s.objects).toEqual([]);
      expect(s.diagnostics).toHaveLength(1);
      expect(s.diagnostics[0]?.code).toBe('cluster-unreachable');
      expect(s.diagnostics[0]?.message).toContain(`cannot reach the API server: self-signed certificate`);
      expect(server.requests).toEqual([]);
    });
  });

  it('falls back to the older API versions an old cluster serves, and warns about what it does not serve', async () => {
    await withServer(join(FIXTURES, 'old-cluster'), {}, async (server, kubeconfig) => {
      const s = await readCluster({
        kubeconfig,
        resources: only('namespaces', 'cronjobs', 'ingresses', 'networkpolicies'),
      });
      expect(s.read).toEqual([
        { resource: 'namespaces', groupVersion: 'v1', count: 1 },
        { resource: 'cronjobs', groupVersion: 'batch/v1beta1', count: 1 },
        { resource: 'ingresses', groupVersion: 'extensions/v1beta1', count: 1 },
      ]);
      expect(s.objects.map((o) => `${o.apiVersion} ${o.kind}`)).toEqual([
        'v1 Namespace',
        'batch/v1beta1 CronJob',
        'extensions/v1beta1 Ingress',
      ]);
      expect(s.diagnostics).toEqual([
        {
          code: 'cluster-resource-unavailable',
          severity: 'warning',
          message:
            'kube:kind-stride: the cluster serves no networkpolicies (tried networking.k8s.io/v1); the audit goes on without networkpolicies',
        },
      ]);
      expect(server.requests.map((r) => r.path).sort()).toEqual(
        [
          '/api/v1/namespaces',
          '/apis/batch/v1/cronjobs',
          '/apis/batch/v1beta1/cronjobs',
          '/apis/extensions/v1beta1/ingresses',
          '/apis/networking.k8s.io/v1/ingresses',
          '/apis/networking.k8s.io/v1/networkpolicies',
          '/apis/networking.k8s.io/v1beta1/ingresses',
        ].sort(),
      );
    });
  });

  it('audits an old cluster with the same rules: a privileged CronJob under batch/v1beta1', async () => {
    await withServer(join(FIXTURES, 'old-cluster'), {}, async (_, kubeconfig) => {
      const r = await auditCluster({ kubeconfig, resources: only('cronjobs') });
      expect(r.findings.filter((f) => f.ruleId === 'RT001').map((f) => f.logicalLocation)).toEqual([
        {
          kind: 'resource',
          name: 'kind-stride/batch/CronJob/report',
          path: 'spec.jobTemplate.spec.template.spec.containers[0].securityContext.privileged',
        },
      ]);
    });
  });

  it('starts a list again when its continue token expired (410), once', async () => {
    let expired = 0;
    const intercept: Intercept = (_, res, url) => {
      if (url.pathname === '/api/v1/pods' && url.searchParams.has('continue') && expired++ === 0) {
        res.writeHead(410, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            kind: 'Status',
            apiVersion: 'v1',
            metadata: {},
            status: 'Failure',
            message: 'The provided continue parameter is too old to display a consistent list result.',
            reason: 'Expired',
            code: 410,
          }),
        );
        return true;
      }
      return false;
    };
    await withServer(RECORDING, { intercept }, async (server, kubeconfig) => {
      const s = await readCluster({ kubeconfig, resources: only('pods'), includeOwned: true });
      expect(s.diagnostics).toEqual([]);
      expect(s.objects).toHaveLength(6);
      expect(server.requests.map((r) => r.continue !== null)).toEqual([false, true, false, true]);
    });
  });

  it('turns a server error and a non-list answer into coded errors and reads the other resources', async () => {
    const intercept: Intercept = (_, res, url) => {
      if (url.pathname === '/api/v1/services') {
        res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(
          '{"kind":"Status","apiVersion":"v1","status":"Failure","message":"etcdserver: request timed out\\u001b[2J","code":500}',
        );
        return true;
      }
      if (url.pathname === '/apis/apps/v1/deployments') {
        res.writeHead(200, { 'Content-Type': 'text/html' });
        res.end('<html>\u001b[31mlogin\u001b[0m</html>');
        return true;
      }
      return false;
    };
    await withServer(RECORDING, { intercept }, async (_, kubeconfig) => {
      const s = await readCluster({ kubeconfig, resources: only('namespaces', 'deployments', 'services') });
      expect(s.read.map((r) => r.resource)).toEqual(['namespaces']);
      expect(s.diagnostics).toEqual([
        {
          code: 'cluster-api-error',
          severity: 'error',
          message:
            'kube:kind-stride: list deployments (apps/v1): the answer is not JSON; the audit goes on without deployments',
        },
        {
          code: 'cluster-api-error',
          severity: 'error',
          message:
            // the terminal escape in the server's message is gone
            'kube:kind-stride: list services (v1): HTTP 500: etcdserver: request timed out [2J; the audit goes on without services',
        },
      ]);
    });
  });

  it('stops following a server that repeats a continue token', async () => {
    const intercept: Intercept = (_, res, url) => {
      if (url.pathname !== '/api/v1/namespaces') return false;
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ kind: 'NamespaceList', apiVersion: 'v1', metadata: { continue: 'again' }, items: [] }));
      return true;
    };
    await withServer(RECORDING, { intercept }, async (server, kubeconfig) => {
      const s = await readCluster({ kubeconfig, resources: only('namespaces') });
      expect(s.diagnostics.map((d) => d.message)).toEqual([
        'kube:kind-stride: list namespaces (v1): the server repeated a continue token; the audit goes on without namespaces',
      ]);
      expect(server.requests).toHaveLength(2);
    });
  });

  it('reads KUBECONFIG with several files as kubectl does: the first current-context wins', async () => {
    await withServer(RECORDING, {}, async (_, kubeconfig) => {
      const dir = mkdtempSync(join(tmpdir(), 'sb-kube-'));
      const other = join(dir, 'other');
      writeFileSync(
        other,
        'apiVersion: v1\nkind: Config\nclusters: []\nusers: []\ncontexts:\n- name: elsewhere\n  context:\n    cluster: recorded\n    user: auditor\ncurrent-context: elsewhere\n',
      );
      const env = { KUBECONFIG: [kubeconfig, other].join(delimiter), HOME: dir };
      expect((await readCluster({ env, resources: only('namespaces') })).context).toBe('kind-stride');
      const s = await readCluster({ env, context: 'elsewhere', resources: only('namespaces') });
      expect(s.context).toBe('elsewhere');
      expect(s.objects).toHaveLength(6);
    });
  });

  it('reports a missing kubeconfig without contacting anything', async () => {
    const s = await readCluster({ env: { HOME: mkdtempSync(join(tmpdir(), 'sb-home-')) } });
    expect(s.diagnostics).toEqual([
      {
        code: 'cluster-config',
        severity: 'error',
        message: 'no kubeconfig: set KUBECONFIG, create ~/.kube/config or pass --kubeconfig <file>',
      },
    ]);
  });
});
