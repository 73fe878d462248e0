import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { checkModel } from '../src/link/check.js';
import { loadModel, loadModelFile } from '../src/model/load.js';
import type { ThreatModelInput } from '../src/model/schema.js';
import { analyzeModel } from '../src/stride/report.js';
import { cli } from './cli-harness.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'init-from');

/** A scratch directory holding copies of the fixtures, so that tests may change them. */
function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sb-init-'));
  cpSync(fixtures, dir, { recursive: true });
  return dir;
}

function modelOf(dir: string, file = 'model/threatmodel.yaml'): ThreatModelInput {
  return parseDocument(readFileSync(join(dir, file), 'utf8')).toJS() as ThreatModelInput;
}

const flowsOf = (m: ThreatModelInput) =>
  (m.flows ?? []).map((f) => `${f.from} -> ${f.to}${f.port !== undefined ? `:${f.port}` : ''} ${f.protocol ?? '?'}`);

/** The model loads without errors and `check` audits its artifacts without an error. */
async function loadsAndChecks(dir: string, model = 'model') {
  const { model: resolved, diagnostics } = await loadModelFile(model, { cwd: dir, today: '2025-01-01' });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  if (!resolved) throw new Error('no model');
  const report = await checkModel(resolved, { cwd: dir, today: '2025-01-01' });
  expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return report;
}

describe('init --from a compose file', () => {
  it('infers components, flows, boundaries, assets and sources that check can audit', async () => {
    const dir = workspace();
    const out = await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      'wrote model/threatmodel.yaml from shop/compose.yaml: 7 components, 7 flows, 9 boundaries, 3 assets inferred\n',
    );
    const text = readFileSync(join(dir, 'model/threatmodel.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+\/schema\/threat-model\.schema\.json$/);
    const m = modelOf(dir);
    expect(m.system.name).toBe('shop');
    expect(m.components.map((c) => [c.id, c.kind, c.tech, c.boundary])).toEqual([
      ['internet', 'actor', undefined, 'internet'],
      ['web', 'service', 'nginx', 'container-web'],
      ['app', 'service', 'web-application', 'container-app'],
      ['db', 'datastore', 'postgres', 'container-db'],
      ['cache', 'datastore', 'redis', 'container-cache'],
      ['admin', 'service', 'web-application', 'container-admin'],
      ['api.stripe.com', 'external', 'stripe', 'internet'],
    ]);
    expect(flowsOf(m)).toEqual([
      'internet -> web:80 http',
      'internet -> web:443 https',
      'internet -> admin:5050 http',
      'web -> app:8080 http',
      'app -> db:5432 postgres',
      'app -> cache:6379 redis',
      'app -> api.stripe.com:443 https',
    ]);
    // Why each flow is there, as a comment above it.
    expect(text).toContain('# depends_on app; upstream in nginx.conf\n  - id: web-app-8080');
    expect(text).toContain('# depends_on db; environment DATABASE_URL\n  - id: app-db-5432');
    expect(text).toContain('# environment REDIS_HOST\n  - id: app-cache-6379');
    expect(text).toContain('tech: nginx # image nginx:1.27');
    // A hosted service the environment names is outside the project; the service's own address is not.
    expect(text).toContain('# outside the project: named by environment PAYMENT_API of app\n  - id: api.stripe.com');
    expect(text).not.toContain('shop.example.com');
    expect(m.boundaries?.map((b) => [b.id, b.kind, b.parent])).toEqual([
      ['internet', 'internet', undefined],
      ['host', 'host', undefined],
      ['network-front', 'network', 'host'],
      ['network-back', 'network', 'host'],
      ['container-web', 'container', 'network-front'],
      ['container-app', 'container', 'network-front'],
      ['container-db', 'container', 'network-back'],
      ['container-cache', 'container', 'network-back'],
      ['container-admin', 'container', 'network-back'],
    ]);
    expect(m.boundaries?.find((b) => b.id === 'network-back')?.description).toBe(
      'Compose network back (internal: no route to the outside).',
    );
    expect(m.assets?.map((a) => [a.id, a.classification])).toEqual([
      ['secret-db-password', 'credentials'],
      ['db-data', 'confidential'],
      ['cache-data', 'confidential'],
    ]);
    const byId = new Map(m.components.map((c) => [c.id, c]));
    expect(byId.get('db')?.data).toEqual(['db-data', 'secret-db-password']);
    expect(m.flows?.find((f) => f.to === 'db')?.data).toEqual(['db-data']);
    // Facts of the artifact: published on all interfaces, loopback only, hardening written in the service.
    expect(byId.get('web')?.properties).toEqual({ internetFacing: true });
    expect(byId.get('cache')?.properties).toBeUndefined();
    expect(byId.get('admin')?.properties).toEqual({
      runsAsRoot: false,
      memoryLimit: true,
      readOnlyRootFilesystem: true,
      dropsAllCapabilities: true,
      internetFacing: true,
      adminInterface: true,
    });
    expect(byId.get('app')?.sources).toEqual([
      { compose: '../shop/compose.yaml', service: 'app' },
      { dockerfile: '../shop/app/Dockerfile' },
    ]);
    expect(byId.get('internet')?.sources).toBeUndefined();
    // Nothing is decided and no threat is invented.
    expect(m.decisions).toBeUndefined();
    expect(m.attackers).toBeUndefined();
    expect(text).toContain('# decisions:');

    const report = await loadsAndChecks(dir);
    expect(report.model.linkedComponents).toBe(5);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('writes the same bytes every time, and a re-run on an unchanged input changes nothing', async () => {
    const dir = workspace();
    await cli(['init', '--from', 'shop/compose.yaml', 'a'], dir);
    await cli(['init', '--from', 'shop/compose.yaml', 'b'], dir);
    const a = readFileSync(join(dir, 'a/threatmodel.yaml'), 'utf8');
    expect(readFileSync(join(dir, 'b/threatmodel.yaml'), 'utf8')).toBe(a);
    const again = await cli(['init', '--from', 'shop/compose.yaml', 'a'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('updated a/threatmodel.yaml');
    expect(again.stdout).toContain('no changes from the input');
    expect(readFileSync(join(dir, 'a/threatmodel.yaml'), 'utf8')).toBe(a);
  });

  it('reads a project directory and links services to the file and to their Dockerfile', async () => {
    const dir = workspace();
    expect((await cli(['init', '--from', 'shop', '.'], dir)).code).toBe(0);
    const m = modelOf(dir, 'threatmodel.yaml');
    expect(m.components.find((c) => c.id === 'app')?.sources).toEqual([
      { compose: 'shop/compose.yaml', service: 'app' },
      { dockerfile: 'shop/app/Dockerfile' },
    ]);
    await loadsAndChecks(dir, '.');
  });
});

describe('init --from Kubernetes manifests', () => {
  it('infers workloads in namespaces, Services, the Ingress path and connection settings', async () => {
    const dir = workspace();
    const out = await cli(['init', '--from', 'k8s', 'model'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      'wrote model/threatmodel.yaml from k8s: 7 components, 8 flows, 4 boundaries, 3 assets inferred\n',
    );
    const m = modelOf(dir);
    expect(m.components.map((c) => [c.id, c.kind, c.tech, c.boundary])).toEqual([
      ['internet', 'actor', undefined, 'internet'],
      ['shop.api', 'service', 'web-application', 'namespace-shop'],
      ['shop.db', 'datastore', 'postgres', 'namespace-shop'],
      ['data.cache', 'datastore', 'redis', 'namespace-data'],
      ['shop.web', 'service', 'nginx', 'namespace-shop'],
      ['ingress-controller-nginx', 'service', 'ingress-controller', 'cluster'],
      ['kube-apiserver', 'service', 'kube-apiserver', 'cluster'],
    ]);
    expect(m.boundaries?.map((b) => [b.id, b.kind, b.parent])).toEqual([
      ['internet', 'internet', undefined],
      ['cluster', 'cluster', undefined],
      ['namespace-shop', 'namespace', 'cluster'],
      ['namespace-data', 'namespace', 'cluster'],
    ]);
    expect(flowsOf(m)).toEqual([
      'internet -> shop.api:443 https',
      'internet -> ingress-controller-nginx:80 http',
      'internet -> ingress-controller-nginx:443 https',
      'shop.api -> shop.db:5432 postgres',
      'shop.api -> data.cache:6379 redis',
      'shop.api -> kube-apiserver:443 kube-api',
      'ingress-controller-nginx -> shop.api:443 https',
      'ingress-controller-nginx -> shop.web:80 http',
    ]);
    const text = readFileSync(join(dir, 'model/threatmodel.yaml'), 'utf8');
    expect(text).toContain('# environment DB_HOST (Service db)');
    expect(text).toContain('# ConfigMap api-config key CACHE_URL (Service cache)');
    expect(text).toContain('# Service api type LoadBalancer');
    const byId = new Map(m.components.map((c) => [c.id, c]));
    expect(byId.get('shop.web')?.sources).toEqual([
      { kubernetes: '../k8s/web.yaml', kind: 'Deployment', name: 'web', namespace: 'shop' },
      { kubernetes: '../k8s/web.yaml', kind: 'Service', name: 'web', namespace: 'shop' },
    ]);
    expect(byId.get('shop.web')?.properties).toEqual({
      runsAsRoot: false,
      memoryLimit: true,
      readOnlyRootFilesystem: true,
      dropsAllCapabilities: true,
      internetFacing: true,
    });
    expect(byId.get('shop.db')?.properties).toBeUndefined();
    expect(byId.get('ingress-controller-nginx')?.sources).toEqual([
      { kubernetes: '../k8s/ingress.yaml', kind: 'Ingress', name: 'shop', namespace: 'shop' },
    ]);
    expect(byId.get('shop.api')?.data).toEqual(['secret-shop.db-credentials']);
    // RBAC grants the api's service account permissions: the bindings, the role and the account are its artifacts.
    expect(text).toContain(
      '# ServiceAccount api is granted RoleBinding api-reads-config\n  - id: shop.api-kube-apiserver-443',
    );
    expect(byId.get('shop.api')?.sources?.map((s) => `${s.kind} ${s.name}`)).toEqual([
      'Deployment api',
      'Service api',
      'RoleBinding api-reads-config',
      'ServiceAccount api',
      'Role read-config',
    ]);

    const report = await loadsAndChecks(dir);
    expect(report.model.linkedComponents).toBe(5);
    // The hardened web Deployment passes the controls its claims name.
    expect(report.claims.filter((c) => c.element.id === 'shop.web' && c.state === 'contradicted')).toEqual([]);
  });

  it('reads a single manifest file', async () => {
    const dir = workspace();
    expect((await cli(['init', '--from', 'k8s/web.yaml', 'model'], dir)).code).toBe(0);
    const m = modelOf(dir);
    expect(m.components.map((c) => c.id)).toEqual(['shop.web']);
    expect(m.boundaries?.map((b) => b.id)).toEqual(['cluster', 'namespace-shop']);
    await loadsAndChecks(dir);
  });
});

describe('init --from - (standard input)', () => {
  it('infers from a compose file piped in, with nothing to link', async () => {
    const dir = workspace();
    const stdin = readFileSync(join(fixtures, 'shop/compose.yaml'), 'utf8');
    const out = await cli(['init', '--from', '-', 'model'], dir, { stdin });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('from standard input: 7 components, 7 flows');
    const text = readFileSync(join(dir, 'model/threatmodel.yaml'), 'utf8');
    expect(text).toContain('Read from standard input: no artifact is linked.');
    const m = modelOf(dir);
    expect(m.components.every((c) => c.sources === undefined)).toBe(true);
    // Files the project names cannot be read: the Dockerfile's base image and the nginx upstreams are unknown.
    expect(flowsOf(m)).toContain('web -> app:8080 http');
    await loadsAndChecks(dir);
  });

  it('infers from manifests piped in (kubectl get -o yaml)', async () => {
    const dir = workspace();
    const stdin = ['web.yaml', 'db.yaml'].map((f) => readFileSync(join(fixtures, 'k8s', f), 'utf8')).join('---\n');
    const out = await cli(['init', '--from', '-', 'model'], dir, { stdin });
    expect(out.code).toBe(0);
    expect(modelOf(dir).components.map((c) => c.id)).toEqual(['shop.web', 'shop.db', 'data.cache']);
    await loadsAndChecks(dir);
  });

  it('exits 2 when standard input is neither compose nor Kubernetes', async () => {
    const dir = workspace();
    const out = await cli(['init', '--from', '-', 'model'], dir, { stdin: 'FROM alpine\n' });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      '[unknown-input] -: standard input is neither a Compose file nor Kubernetes manifests',
    );
  });
});

/** Edits a model as a user would: through the YAML document, keeping its comments. */
function edit(path: string, change: (doc: ReturnType<typeof parseDocument>) => void): void {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  change(doc);
  writeFileSync(path, doc.toString({ lineWidth: 118 }));
}

function componentNode(doc: ReturnType<typeof parseDocument>, id: string): YAMLMap {
  const seq = doc.get('components') as YAMLSeq<YAMLMap>;
  const node = seq.items.find((i) => i.get('id') === id);
  if (!node) throw new Error(`no component ${id}`);
  return node;
}

describe('init --from again after the input changed', () => {
  it("keeps the user's edits, comments and decisions, adds new services and keeps removed ones with a note", async () => {
    const dir = workspace();
    await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    const modelPath = join(dir, 'model/threatmodel.yaml');
    // A threat of the inferred model, to decide on.
    const first = loadModel(readFileSync(modelPath, 'utf8'), 'model/threatmodel.yaml', { today: '2025-01-01' });
    const threat = analyzeModel(first.model as NonNullable<typeof first.model>, { today: '2025-01-01' }).threats.find(
      (t) => t.element.id === 'db',
    );
    expect(threat).toBeDefined();
    edit(modelPath, (doc) => {
      componentNode(doc, 'app').set('tech', 'api-service');
      componentNode(doc, 'app').set('name', 'Shop application');
      (componentNode(doc, 'web').get('properties') as YAMLMap).set('authentication', 'password');
      componentNode(doc, 'db').commentBefore = ' reviewed by alice: holds orders and customer addresses';
      (doc.get('components') as YAMLSeq).items.push(
        doc.createNode({ id: 'payments', name: 'Payment provider', kind: 'external', tech: 'payment-gateway' }),
      );
      (doc.get('flows') as YAMLSeq).items.push(doc.createNode({ from: 'app', to: 'payments', protocol: 'https' }));
      (doc.get('assets') as YAMLSeq).items.push(
        doc.createNode({ id: 'orders', name: 'Orders', classification: 'pii' }),
      );
      componentNode(doc, 'db').set('data', doc.createNode(['db-data', 'secret-db-password', 'orders']));
      doc.set('attackers', doc.createNode([{ use: 'data-thief' }]));
      doc.set(
        'decisions',
        doc.createNode([
          { threat: threat?.id, status: 'accepted', justification: 'backups are encrypted off-site', owner: 'alice' },
        ]),
      );
    });
    // The project changes: the cache goes, a worker comes, the database moves to PostgreSQL 17.
    const compose = join(dir, 'shop/compose.yaml');
    writeFileSync(
      compose,
      readFileSync(compose, 'utf8')
        .replace(/ {6}REDIS_HOST: cache\n/, '')
        .replace(
          / {2}cache:\n {4}image: redis:7\n {4}networks: \[back\]\n {4}ports:\n {6}- "127.0.0.1:6379:6379"\n/,
          '',
        )
        .replace('postgres:16', 'postgres:17')
        .replace(
          '  admin:',
          '  worker:\n    image: ghcr.io/example/shop-worker:1\n    networks: [back]\n    environment:\n      DB_HOST: db\n  admin:',
        ),
    );

    const out = await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('updated model/threatmodel.yaml');
    expect(out.stdout).toContain('added: boundaries.container-worker, components.worker, flows.worker-db-5432');
    expect(out.stdout).toContain('updated: components.db');
    expect(out.stdout).not.toContain('kept your');
    expect(out.stdout).toContain(
      'no longer in the input, kept with a note: boundaries.container-cache, components.cache, flows.app-cache-6379, assets.cache-data',
    );
    const text = readFileSync(modelPath, 'utf8');
    const m = modelOf(dir);
    const byId = new Map(m.components.map((c) => [c.id, c]));
    // The user's edits
    expect(byId.get('app')).toMatchObject({ name: 'Shop application', tech: 'api-service' });
    expect(byId.get('web')?.properties).toEqual({ internetFacing: true, authentication: 'password' });
    expect(byId.get('payments')).toEqual({
      id: 'payments',
      name: 'Payment provider',
      kind: 'external',
      tech: 'payment-gateway',
    });
    expect(m.flows?.find((f) => f.to === 'payments')).toEqual({ from: 'app', to: 'payments', protocol: 'https' });
    expect(byId.get('db')?.data).toEqual(['db-data', 'secret-db-password', 'orders']);
    expect(m.assets?.map((a) => a.id)).toContain('orders');
    expect(m.attackers).toEqual([{ use: 'data-thief' }]);
    expect(m.decisions).toEqual([
      { threat: threat?.id, status: 'accepted', justification: 'backups are encrypted off-site', owner: 'alice' },
    ]);
    expect(text).toContain('# reviewed by alice: holds orders and customer addresses');
    // What the input changed
    expect(byId.get('db')?.description).toBe('Image postgres:17.');
    expect(byId.get('worker')).toMatchObject({ kind: 'process', boundary: 'container-worker' });
    expect(flowsOf(m)).toContain('worker -> db:5432 postgres');
    // The removed service stays, without its stale source, with a note; so do its flow and container boundary.
    expect(byId.get('cache')?.sources).toBeUndefined();
    expect(text).toMatch(
      /# stridebench init: no longer in compose\.yaml; delete it \(and what refers to it\) if it is gone for good\n {2}- id: cache\n/,
    );
    expect(text).toMatch(/# stridebench init: no longer in compose\.yaml[^\n]*\n {2}- id: app-cache-6379\n/);

    const report = await loadsAndChecks(dir);
    const decided = report.threats.find((t) => t.id === threat?.id);
    expect(decided?.status).toBe('accepted');

    // A third run on the same input changes nothing.
    const third = await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    expect(third.stdout).toContain('no changes from the input');
    expect(readFileSync(modelPath, 'utf8')).toBe(text);

    // The cache comes back: its source returns and the note goes.
    writeFileSync(compose, readFileSync(join(fixtures, 'shop/compose.yaml'), 'utf8'));
    await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    const back = readFileSync(modelPath, 'utf8');
    expect(back).not.toMatch(/no longer in compose\.yaml[^\n]*\n {2}- id: cache\n/);
    expect(modelOf(dir).components.find((c) => c.id === 'cache')?.sources).toEqual([
      { compose: '../shop/compose.yaml', service: 'cache' },
    ]);
    expect(modelOf(dir).components.find((c) => c.id === 'app')?.tech).toBe('api-service');
  });

  it('reports a field both the user and the input changed, and keeps the user value', async () => {
    const dir = workspace();
    await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    const modelPath = join(dir, 'model/threatmodel.yaml');
    edit(modelPath, (doc) => {
      componentNode(doc, 'cache').set('tech', 'memcached');
    });
    const compose = join(dir, 'shop/compose.yaml');
    writeFileSync(compose, readFileSync(compose, 'utf8').replace('image: redis:7', 'image: mongo:7'));
    const out = await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('kept your components.cache.tech: "memcached" (the input now says "mongodb")');
    expect(modelOf(dir).components.find((c) => c.id === 'cache')?.tech).toBe('memcached');
  });

  it('does not bring back what the user deleted, and --force infers afresh', async () => {
    const dir = workspace();
    await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    const modelPath = join(dir, 'model/threatmodel.yaml');
    edit(modelPath, (doc) => {
      const flows = doc.get('flows') as YAMLSeq<YAMLMap>;
      flows.items = flows.items.filter((f) => f.get('id') !== 'internet-admin-5050');
    });
    const out = await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    expect(out.stdout).toContain('deleted by you, not added again: flows.internet-admin-5050');
    expect(flowsOf(modelOf(dir))).not.toContain('internet -> admin:5050 http');
    const forced = await cli(['init', '--from', 'shop/compose.yaml', 'model', '--force'], dir);
    expect(forced.stdout).toContain('wrote model/threatmodel.yaml');
    expect(flowsOf(modelOf(dir))).toContain('internet -> admin:5050 http');
  });

  it('updates a model whose record of the last inference is gone, adding only what is missing', async () => {
    const dir = workspace();
    await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    const modelPath = join(dir, 'model/threatmodel.yaml');
    edit(modelPath, (doc) => {
      componentNode(doc, 'web').set('tech', 'haproxy');
    });
    rmSync(join(dir, 'model/threatmodel.inferred.yaml'));
    const out = await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    expect(out.code).toBe(0);
    expect(modelOf(dir).components.find((c) => c.id === 'web')?.tech).toBe('haproxy');
    expect(readFileSync(join(dir, 'model/threatmodel.inferred.yaml'), 'utf8')).toContain('tech: nginx');
  });

  it('refuses to update a model that is not valid YAML', async () => {
    const dir = workspace();
    await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    writeFileSync(join(dir, 'model/threatmodel.yaml'), 'version: 1\ncomponents: [\n');
    const out = await cli(['init', '--from', 'shop/compose.yaml', 'model'], dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('cannot update a model that is not valid YAML');
    expect(readFileSync(join(dir, 'model/threatmodel.yaml'), 'utf8')).toBe('version: 1\ncomponents: [\n');
  });
});

describe('init usage', () => {
  it('exits 2 on a missing input, and on --example with --from', async () => {
    const dir = workspace();
    const missing = await cli(['init', '--from', 'no/such/compose.yaml', 'model'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('[file-not-found] no/such/compose.yaml: no such file or directory');
    expect((await cli(['init', '--from', 'k8s', '--example', 'webapp', 'model'], dir)).code).toBe(2);
    expect((await cli(['init', 'model'], dir)).code).toBe(2);
  });
});
