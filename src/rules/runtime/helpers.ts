// Shared knowledge of the runtime rules: which containers a check applies to, how pod-level settings are reported
// once, how users, images and host paths are read. Private to src/rules/runtime.
import type { SourceNode } from '../../core/location.js';
import type { ContainerRuntime, RuntimeDoc, RuntimeSource } from '../../sources/runtime.js';
import type { RuleContext } from '../rule.js';

/**
 * The containers a rule looks at. When the input has none (a manifest of Services only) the rule does not apply and
 * its check is `skipped`, never a silent pass. `sources` limits a rule to the inputs where its setting exists (a pids
 * limit is a compose/docker setting; Kubernetes sets it per node).
 */
export function containersOf(
  ctx: RuleContext<string>,
  doc: RuntimeDoc,
  options: { sources?: readonly RuntimeSource[]; roles?: readonly ContainerRuntime['role'][] } = {},
): readonly ContainerRuntime[] {
  const { sources, roles } = options;
  const runtimes = doc.runtimes;
  // A hundred rules ask per input, and mostly every container is kept: the input's own list then, neither a copy
  // nor a closure per rule.
  let all: readonly ContainerRuntime[] = runtimes;
  if (sources) {
    for (const r of runtimes) {
      if (sources.includes(r.source)) continue;
      all = runtimes.filter((x) => sources.includes(x.source));
      break;
    }
  }
  if (all.length === 0) {
    ctx.skip(
      doc.runtimes.length === 0
        ? 'no containers in this input'
        : `the setting does not exist in ${[...new Set(doc.runtimes.map((r) => r.source))].join(', ')} inputs`,
    );
    return [];
  }
  if (roles) {
    for (const r of all) if (!roles.includes(r.role)) return all.filter((x) => roles.includes(x.role));
  }
  return all;
}

/**
 * Containers that run a long-lived workload: not ephemeral debug containers (which cannot set resources, ports or
 * probes) and, for probes, not init containers.
 */
export const RUNNING: readonly ContainerRuntime['role'][] = ['container', 'init', 'service'];
export const SERVING: readonly ContainerRuntime['role'][] = ['container', 'service'];

/** Pod-level settings are copied into every container of the pod: report each node once. */
export function once(): (node: SourceNode) => boolean {
  const seen = new Set<string>();
  return (node) => {
    const key = `${node.file.uri}\0${node.range[0]}\0${node.range[1]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/** Jobs and CronJobs run to completion: probes and restart behaviour of long-running services do not apply. */
export function runsToCompletion(r: ContainerRuntime): boolean {
  return r.pod?.kind === 'Job' || r.pod?.kind === 'CronJob';
}

/** How messages name a container: `Deployment shop/web, container app`, or `service web` in compose. */
export function containerLabel(r: ContainerRuntime, names = r.name): string {
  if (r.role === 'service') return r.owner;
  const kind = r.role === 'init' ? 'init container' : r.role === 'ephemeral' ? 'ephemeral container' : 'container';
  // Several containers share one finding: `each of containers a, b` keeps the verb that follows singular. A comma,
  // not a colon, after the owner: `Pod secret-sync: container` would read as a `key: value` secret to the redactor.
  return `${r.owner}, ${names.includes(', ') ? `each of ${kind}s` : kind} ${names}`;
}

/** `{{container}}` for messages. */
export function who(r: ContainerRuntime): { container: string } {
  return { container: containerLabel(r) };
}

/** The numeric user and group a container runs as, where the configuration says (compose `user: 1000:1000`). */
export function userOf(r: ContainerRuntime): {
  uid?: { value: number; node: SourceNode };
  gid?: { value: number; node: SourceNode };
  /** A user given by name (`www-data`), or `root`. */
  name?: { value: string; node: SourceNode };
} {
  const out: ReturnType<typeof userOf> = {};
  if (r.runAsUser) out.uid = r.runAsUser;
  if (r.runAsGroup) out.gid = r.runAsGroup;
  if (r.user) {
    const [user = '', group] = r.user.value.trim().split(':');
    if (!out.uid) {
      if (/^\d+$/.test(user)) out.uid = { value: Number(user), node: r.user.node };
      else if (user === 'root') out.uid = { value: 0, node: r.user.node };
      else if (user) out.name = { value: user, node: r.user.node };
    }
    if (!out.gid && group !== undefined) {
      if (/^\d+$/.test(group)) out.gid = { value: Number(group), node: r.user.node };
      else if (group === 'root') out.gid = { value: 0, node: r.user.node };
    }
  }
  return out;
}

export interface ImageRef {
  /** Registry and repository, without tag or digest. */
  repository: string;
  tag?: string;
  digest?: string;
}

/**
 * Splits an image reference. A colon only starts a tag in the last path component: in `registry:5000/app` the
 * `5000` is a port, and the image has no tag.
 */
export function parseImage(image: string): ImageRef {
  let rest = image.trim();
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) return { repository: rest.slice(0, colon), tag: rest.slice(colon + 1), digest };
  return { repository: rest, digest };
}

/** An image reference still holding an unrendered template or variable: its tag cannot be judged. */
export function isTemplated(image: string): boolean {
  return /\$\{|\{\{|\$[A-Za-z_]/.test(image);
}

/** Normalises a host path: no trailing slash, no `//`, no `/./`; relative paths stay relative. */
export function normalizeHostPath(path: string): string {
  const abs = path.startsWith('/');
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return (abs ? '/' : '') + parts.join('/');
}

/** Sockets of container engines: whoever can write to one controls every container on the host. */
export const RUNTIME_SOCKETS: readonly string[] = [
  '/var/run/docker.sock',
  '/run/docker.sock',
  '/var/run/containerd/containerd.sock',
  '/run/containerd/containerd.sock',
  '/var/run/crio/crio.sock',
  '/run/crio/crio.sock',
  '/var/run/podman/podman.sock',
  '/run/podman/podman.sock',
  '/var/run/cri-dockerd.sock',
  '/run/cri-dockerd.sock',
];

export function isRuntimeSocket(path: string): boolean {
  const p = normalizeHostPath(path);
  return RUNTIME_SOCKETS.includes(p) || /\/(docker|containerd|crio|podman|cri-dockerd)\.sock$/.test(p);
}

/**
 * Host paths a container gets, with the node that names each: Kubernetes hostPath volumes of the pod (mounted or
 * not: any container added later, an ephemeral debug container included, can mount a declared volume), and compose
 * or docker bind mounts. Each node is returned once per input.
 */
export function hostPathsOf(
  runtimes: readonly ContainerRuntime[],
): { path: string; node: SourceNode; owner: string; container?: string }[] {
  const first = once();
  const out: { path: string; node: SourceNode; owner: string; container?: string }[] = [];
  for (const r of runtimes) {
    if (r.pod) {
      for (const v of r.pod.volumes)
        if (v.type === 'hostPath' && first(v.node)) out.push({ path: v.hostPath ?? '', node: v.node, owner: r.owner });
    } else {
      for (const m of r.mounts)
        if ((m.type === 'bind' || m.type === 'hostPath') && first(m.node))
          out.push({ path: m.source, node: m.node, owner: r.owner, container: r.name });
    }
  }
  return out;
}

/** A resource quantity that limits nothing: absent, `0`, or empty. */
export function unset(q: { value: string | number } | undefined): boolean {
  if (!q) return true;
  const v = String(q.value).trim();
  return v === '' || /^0+(\.0*)?[a-zA-Z]*$/.test(v);
}

/**
 * Findings about settings a container may inherit from its pod (seccomp, runAsUser...): containers that share one
 * node get one finding there, naming them all (`web, sidecar`).
 */
export function groupByNode<T extends { node: SourceNode; r: ContainerRuntime }>(
  items: readonly T[],
): { node: SourceNode; first: T; container: string }[] {
  const groups = new Map<string, { node: SourceNode; first: T; names: string[] }>();
  for (const item of items) {
    const key = `${item.node.file.uri}\0${item.node.range[0]}\0${item.node.range[1]}`;
    const g = groups.get(key);
    if (g) g.names.push(item.r.name);
    else groups.set(key, { node: item.node, first: item, names: [item.r.name] });
  }
  return [...groups.values()].map((g) => ({
    node: g.node,
    first: g.first,
    container: containerLabel(g.first.r, g.names.join(', ')),
  }));
}

const BINARY: Readonly<Record<string, number>> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Readonly<Record<string, number>> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

/** A Kubernetes resource quantity (`1Gi`, `1024Mi`, `500m`, `0.5`, `1e3`) as a number; undefined when unreadable. */
export function parseQuantity(q: string | number): number | undefined {
  if (typeof q === 'number') return q;
  const m = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)([a-zA-Z]*)$/.exec(q.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const suffix = m[2] ?? '';
  const factor = BINARY[suffix] ?? DECIMAL[suffix];
  return factor === undefined ? undefined : n * factor;
}

/**
 * Reports the Kubernetes containers whose request of a resource is not equal to its limit (the Guaranteed QoS class):
 * `missing` when either is unset, `below` at the request when both are set and differ by value (`1Gi` = `1024Mi`).
 */
export function reportRequestNotLimit(
  ctx: RuleContext<'missing' | 'below'>,
  doc: RuntimeDoc,
  resource: 'cpu' | 'memory',
): void {
  for (const r of containersOf(ctx, doc, { sources: ['kubernetes'], roles: RUNNING })) {
    const request = resource === 'cpu' ? r.cpuRequest : r.memoryRequest;
    const limit = resource === 'cpu' ? r.cpuLimit : r.memoryLimit;
    if (!request || !limit || unset(request) || unset(limit)) {
      ctx.report({ messageId: 'missing', node: r.node, data: who(r) });
      continue;
    }
    const req = parseQuantity(request.value);
    const lim = parseQuantity(limit.value);
    if (req !== undefined && lim !== undefined && req !== lim)
      ctx.report({
        messageId: 'below',
        node: request.node,
        data: { ...who(r), request: String(request.value), limit: String(limit.value) },
      });
  }
}
