import { existsSync } from 'node:fs';
import type { IncomingMessage, RequestOptions } from 'node:http';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { KubeConfig } from '@kubernetes/client-node';
import type { Diagnostic, DiagnosticCode } from '../../core/diagnostics.js';
import { CLUSTER_RESOURCES, type ClusterResource, listPath } from './resources.js';

export interface ReadClusterOptions {
  /** The kubeconfig context to use; the file's current context when absent. */
  context?: string;
  /** A kubeconfig file; else `KUBECONFIG` (several files, merged), else `~/.kube/config`, else in-cluster config. */
  kubeconfig?: string;
  /** Where `KUBECONFIG`, `HOME` and the in-cluster variables are read from; `process.env` when absent. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Per request: a request with no complete answer by then fails. Default 30 s. */
  timeoutMs?: number;
  /** Objects per page (`limit`); the server may return fewer and a `continue` token. Default 500, as kubectl. */
  pageSize?: number;
  /** Requests in flight at once. Default 4. */
  concurrency?: number;
  resources?: readonly ClusterResource[];
  /**
   * Also audit objects whose controller was read too (the Pods of a ReplicaSet, the ReplicaSets of a Deployment,
   * the Jobs of a CronJob). Off by default: their template is audited on the owner, once.
   */
  includeOwned?: boolean;
}

type Obj = Record<string, unknown>;

/** An object as the API server returned it, with `kind` and `apiVersion` filled in and server bookkeeping removed. */
export interface LiveObject extends Obj {
  apiVersion: string;
  kind: string;
  metadata: Obj;
}

export interface ClusterSnapshot {
  /** The kubeconfig context that was read (`inClusterContext` inside a pod). */
  context: string;
  /** The API server's URL, for messages. */
  server: string;
  /** In resource order, then by namespace and name. */
  objects: LiveObject[];
  /** Objects left out because their controller was read (see `includeOwned`). */
  owned: number;
  /** What was listed, with the group/version the cluster served. */
  read: { resource: string; groupVersion: string; count: number }[];
  diagnostics: Diagnostic[];
}

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const MAX_PAGES = 100_000;

/**
 * Lists the objects the audit rules need from a live cluster, across all namespaces. An API error becomes a
 * diagnostic: a resource the credentials may not list (403) or the cluster does not serve (404) is left out with
 * a warning and the run goes on; an unreachable server or rejected credentials (401) end the read with an error.
 */
export async function readCluster(options: ReadClusterOptions = {}): Promise<ClusterSnapshot> {
  const env = options.env ?? process.env;
  const snapshot: ClusterSnapshot = {
    context: options.context ?? '',
    server: '',
    objects: [],
    owned: 0,
    read: [],
    diagnostics: [],
  };
  const fail = (code: DiagnosticCode, message: string) => {
    snapshot.diagnostics.push({ code, severity: 'error', message: clean(message) });
    return snapshot;
  };
  // Loaded here, not at the top: the client and its dependencies cost a third of a second to import.
  const { KubeConfig } = await import('@kubernetes/client-node');
  const kc = new KubeConfig();
  const loaded = loadKubeconfig(kc, options, env);
  if (loaded) return fail('cluster-config', loaded);
  if (options.context !== undefined) {
    if (!kc.getContextObject(options.context)) {
      const known = kc.getContexts().map((c) => c.name);
      return fail(
        'cluster-config',
        `kubeconfig has no context "${options.context}"${known.length ? ` (it has: ${known.join(', ')})` : ''}`,
      );
    }
    kc.setCurrentContext(options.context);
  }
  snapshot.context = kc.getCurrentContext() ?? '';
  if (!snapshot.context)
    return fail('cluster-config', 'kubeconfig sets no current-context; name one with --kube <context>');
  const cluster = kc.getCurrentCluster();
  if (!cluster)
    return fail('cluster-config', `context "${snapshot.context}" names no cluster that the kubeconfig defines`);
  let base: URL;
  try {
    base = new URL(cluster.server);
  } catch {
    return fail('cluster-config', `cluster "${cluster.name}" has an invalid server URL`);
  }
  // For messages: never a user:password written into the URL.
  const shown = new URL(base.href);
  shown.username = '';
  shown.password = '';
  snapshot.server = shown.href.replace(/\/$/, '');
  const where = `kube:${snapshot.context}`;
  const client: ListClient = {
    kc,
    base,
    timeoutMs: options.timeoutMs ?? 30_000,
    pageSize: options.pageSize ?? 500,
  };

  const resources = options.resources ?? CLUSTER_RESOURCES;
  const outcomes: (ListOutcome | undefined)[] = new Array(resources.length);
  let stopped: ListOutcome | undefined;
  const list = async (i: number) => {
    const outcome = await listResource(client, resources[i] as ClusterResource);
    outcomes[i] = outcome;
    if (outcome.type === 'fatal') stopped ??= outcome;
  };
  // The first list probes the server: when it is unreachable or rejects the credentials, nothing else is tried.
  if (resources.length > 0) await list(0);
  let next = 1;
  const worker = async () => {
    while (!stopped && next < resources.length) await list(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));

  const all: LiveObject[] = [];
  const notRead: string[] = [];
  resources.forEach((r, i) => {
    const outcome = outcomes[i];
    if (!outcome || outcome.type === 'fatal') {
      notRead.push(r.resource);
      return;
    }
    if (outcome.type === 'ok') {
      snapshot.read.push({ resource: r.resource, groupVersion: outcome.groupVersion, count: outcome.items.length });
      all.push(...outcome.items.map((item) => liveObject(item, r, outcome.groupVersion)).sort(byNamespaceAndName));
      return;
    }
    snapshot.diagnostics.push({
      code: outcome.code,
      severity:
        outcome.code === 'cluster-forbidden' || outcome.code === 'cluster-resource-unavailable' ? 'warning' : 'error',
      message: clean(`${where}: ${outcome.message}; the audit goes on without ${r.resource}`),
    });
  });
  if (stopped?.type === 'fatal') {
    snapshot.diagnostics.push({
      code: stopped.code,
      severity: 'error',
      message: clean(`${where}: ${stopped.message} (${snapshot.server}); not read: ${notRead.join(', ')}`),
    });
  }

  if (options.includeOwned) snapshot.objects = all;
  else {
    const uids = new Set(all.map((o) => o.metadata.uid).filter((u) => typeof u === 'string'));
    snapshot.objects = all.filter((o) => !controllerIn(o, uids));
    snapshot.owned = all.length - snapshot.objects.length;
  }
  return snapshot;
}

/** Returns why the kubeconfig could not be loaded, or undefined when it was. */
function loadKubeconfig(
  kc: KubeConfig,
  options: ReadClusterOptions,
  env: Readonly<Record<string, string | undefined>>,
): string | undefined {
  let files: string[];
  if (options.kubeconfig !== undefined) files = [options.kubeconfig];
  else if (env.KUBECONFIG) files = env.KUBECONFIG.split(delimiter).filter((f) => f);
  else {
    const home = env.HOME || env.USERPROFILE || homedir();
    const file = join(home, '.kube', 'config');
    files = existsSync(file) ? [file] : [];
  }
  if (files.length === 0) {
    // Running as a Job or DaemonSet in the cluster: the pod's service account.
    if (env.KUBERNETES_SERVICE_HOST && existsSync('/var/run/secrets/kubernetes.io/serviceaccount/token')) {
      kc.loadFromCluster();
      return undefined;
    }
    return 'no kubeconfig: set KUBECONFIG, create ~/.kube/config or pass --kubeconfig <file>';
  }
  for (const [i, file] of files.entries()) {
    try {
      if (i === 0) kc.loadFromFile(file);
      else {
        const more = new (kc.constructor as typeof KubeConfig)();
        more.loadFromFile(file);
        // As kubectl: the first file that sets current-context wins.
        kc.mergeConfig(more, Boolean(kc.currentContext));
      }
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      return e.code === 'ENOENT'
        ? `${file}: no such kubeconfig file`
        : `${file}: not a usable kubeconfig: ${e.message}`;
    }
  }
  return undefined;
}

interface ListClient {
  kc: KubeConfig;
  base: URL;
  timeoutMs: number;
  pageSize: number;
}

type ListOutcome =
  | { type: 'ok'; groupVersion: string; items: Obj[] }
  | { type: 'partial'; code: DiagnosticCode; message: string }
  | { type: 'fatal'; code: DiagnosticCode; message: string };

const fatal = (code: DiagnosticCode, message: string): ListOutcome => ({ type: 'fatal', code, message });

/** Lists one resource across all namespaces, page by page, trying older group/versions when a cluster lacks one. */
async function listResource(client: ListClient, r: ClusterResource): Promise<ListOutcome> {
  for (const groupVersion of r.versions) {
    const path = listPath(groupVersion, r.resource);
    const what = `list ${r.resource} (${groupVersion})`;
    const items: Obj[] = [];
    const seen = new Set<string>();
    let token: string | undefined;
    let restarted = false;
    let missing = false;
    for (let page = 0; ; page++) {
      if (page >= MAX_PAGES) return { type: 'partial', code: 'cluster-api-error', message: `${what}: too many pages` };
      let reply: Reply;
      try {
        reply = await get(client, path, { limit: String(client.pageSize), ...(token ? { continue: token } : {}) });
      } catch (err) {
        if (err instanceof CredentialsError) return fatal('cluster-config', err.message);
        return fatal('cluster-unreachable', `cannot reach the API server: ${(err as Error).message}`);
      }
      if (reply.status === 404 && token === undefined) {
        missing = true;
        break;
      }
      // An expired continue token: start the list again once, as kubectl does, rather than return half of it.
      if (reply.status === 410 && token !== undefined && !restarted) {
        restarted = true;
        items.length = 0;
        seen.clear();
        token = undefined;
        continue;
      }
      if (reply.status === 401)
        return fatal('cluster-unauthorized', `the API server rejected the credentials: ${statusMessage(reply)}`);
      if (reply.status === 403)
        return { type: 'partial', code: 'cluster-forbidden', message: `${what}: forbidden: ${statusMessage(reply)}` };
      if (reply.status !== 200)
        return {
          type: 'partial',
          code: 'cluster-api-error',
          message: `${what}: HTTP ${reply.status}: ${statusMessage(reply)}`,
        };
      let body: unknown;
      try {
        body = JSON.parse(reply.body);
      } catch {
        return { type: 'partial', code: 'cluster-api-error', message: `${what}: the answer is not JSON` };
      }
      if (!isObj(body) || !Array.isArray(body.items))
        return { type: 'partial', code: 'cluster-api-error', message: `${what}: the answer is not a list` };
      for (const item of body.items) if (isObj(item)) items.push(item);
      const meta = isObj(body.metadata) ? body.metadata : {};
      token = typeof meta.continue === 'string' && meta.continue !== '' ? meta.continue : undefined;
      if (token === undefined) break;
      if (seen.has(token))
        return { type: 'partial', code: 'cluster-api-error', message: `${what}: the server repeated a continue token` };
      seen.add(token);
    }
    if (!missing) return { type: 'ok', groupVersion, items };
  }
  return {
    type: 'partial',
    code: 'cluster-resource-unavailable',
    message: `the cluster serves no ${r.resource} (tried ${r.versions.join(', ')})`,
  };
}

/** The kubeconfig's TLS or credential settings could not be applied (an exec plugin failed, plain http). */
class CredentialsError extends Error {}

interface Reply {
  status: number;
  body: string;
}

async function get(client: ListClient, path: string, query: Record<string, string>): Promise<Reply> {
  const url = new URL(client.base.href);
  // A server URL may carry a path prefix (an authenticating proxy such as Rancher's).
  url.pathname = `${url.pathname.replace(/\/+$/, '')}${path}`;
  url.search = new URLSearchParams(query).toString();
  const opts: RequestOptions = { method: 'GET', headers: { Accept: 'application/json', 'User-Agent': 'stridebench' } };
  // Applies the kubeconfig: CA, client certificate, token, token file, auth provider or exec plugin, proxy.
  try {
    await client.kc.applyToHTTPSOptions(opts);
  } catch (err) {
    throw new CredentialsError(`cannot apply the kubeconfig's credentials: ${(err as Error).message}`);
  }
  const { request } = url.protocol === 'http:' ? await import('node:http') : await import('node:https');
  return new Promise<Reply>((resolve, reject) => {
    const req = request(url, opts, (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    const timer = setTimeout(
      () => req.destroy(new Error(`no complete answer within ${client.timeoutMs} ms`)),
      client.timeoutMs,
    );
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    req.end();
  });
}

/** The `message` of a `Status` answer, else the start of the body. */
function statusMessage(reply: Reply): string {
  try {
    const body = JSON.parse(reply.body) as unknown;
    if (isObj(body) && typeof body.message === 'string') return body.message;
  } catch {
    // not JSON: a proxy's or an old server's plain text
  }
  return reply.body.trim().slice(0, 200) || '(empty answer)';
}

function liveObject(item: Obj, r: ClusterResource, groupVersion: string): LiveObject {
  // List items carry no kind or apiVersion; `kubectl get -o yaml` fills them in the same way.
  const { status: _status, kind: _kind, apiVersion: _apiVersion, metadata, ...rest } = item;
  const meta: Obj = isObj(metadata) ? { ...metadata } : {};
  delete meta.managedFields;
  if (isObj(meta.annotations) && LAST_APPLIED in meta.annotations) {
    const { [LAST_APPLIED]: _, ...annotations } = meta.annotations;
    if (Object.keys(annotations).length > 0) meta.annotations = annotations;
    else delete meta.annotations;
  }
  return { apiVersion: groupVersion, kind: r.kind, metadata: meta, ...rest };
}

function controllerIn(o: LiveObject, uids: Set<unknown>): boolean {
  const refs = o.metadata.ownerReferences;
  return Array.isArray(refs) && refs.some((ref) => isObj(ref) && ref.controller === true && uids.has(ref.uid));
}

function byNamespaceAndName(a: LiveObject, b: LiveObject): number {
  const key = (o: LiveObject) => `${String(o.metadata.namespace ?? '')}\u0000${String(o.metadata.name ?? '')}`;
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Server text goes into reports: no control characters (a terminal escape from a hostile proxy). */
function clean(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ');
}
