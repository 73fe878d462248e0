import { basename } from 'node:path';
import { type K8sObject, type KubernetesDoc, kubernetesRuntimes, podSpecOf } from '../../sources/kubernetes/parse.js';
import type { ContainerRuntime } from '../../sources/runtime.js';
import type { ComponentInput, Properties, SourceInput } from '../schema.js';
import { type InferredModel, ModelBuilder, toId } from './builder.js';
import type { InferContext } from './compose.js';
import { type Endpoint, endpointsIn, endpointsInCommand } from './endpoints.js';
import { runtimeProperties, runtimeSocket } from './properties.js';
import {
  kindOf,
  protocolOfNamedPort,
  protocolOfPort,
  scheme,
  type TechGuess,
  techFromImage,
  techFromPorts,
} from './techs.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export interface ManifestFile {
  /** As the reader names it. */
  path: string;
  doc: KubernetesDoc;
}

interface Located {
  object: K8sObject;
  file: string;
}

interface Workload {
  id: string;
  key: string;
  namespace: string;
  first: Located;
  all: Located[];
  labels: Record<string, string>;
  runtimes: ContainerRuntime[];
  tech?: TechGuess;
  ports: { port: number; name?: string; protocol?: string }[];
  exposed: boolean;
}

interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  nodePort?: number;
  protocol?: string;
}

interface ServiceInfo {
  located: Located;
  /** Every file that declares it. */
  all: Located[];
  namespace: string;
  name: string;
  type: string;
  ports: ServicePort[];
  selects: Workload[];
  externalName?: string;
}

const nsOf = (o: K8sObject) => o.namespace ?? 'default';
const keyOf = (o: K8sObject) => `${o.kind}/${nsOf(o)}/${o.name}`;
const INGRESS_CLASS = 'kubernetes.io/ingress.class';

function labelsAt(value: unknown, path: readonly string[]): Record<string, string> {
  let v: unknown = value;
  for (const p of path) v = isObj(v) ? v[p] : undefined;
  const out: Record<string, string> = {};
  if (isObj(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

/**
 * A threat model from Kubernetes manifests: each workload a component in its namespace inside the cluster, Services
 * resolved to the workloads they select, Ingress rules as internet → ingress controller → workloads, LoadBalancer and
 * NodePort Services and host ports reached from the internet, flows from connection settings in the environment (and
 * the ConfigMaps it draws on) and the command line.
 */
export function inferKubernetes(files: readonly ManifestFile[], ctx: InferContext, inputPath: string): InferredModel {
  const b = new ModelBuilder();
  const located: Located[] = files.flatMap((f) => f.doc.objects.map((object) => ({ object, file: f.path })));
  const sourceOf = (l: Located, kind?: string): SourceInput | undefined => {
    const path = ctx.sourcePath(l.file);
    if (!path) return undefined;
    const s: SourceInput = { kubernetes: path, kind: kind ?? l.object.kind, name: l.object.name };
    if (l.object.namespace) s.namespace = l.object.namespace;
    return s;
  };
  const cluster = b.boundary({ id: 'cluster', name: 'Kubernetes cluster', kind: 'cluster' });
  const namespaceBoundary = (ns: string) =>
    b.boundary({ id: `namespace-${toId(ns)}`, name: `Namespace ${ns}`, kind: 'namespace', parent: cluster });
  for (const l of located) if (l.object.kind === 'Namespace') namespaceBoundary(l.object.name);

  // Workloads: one per kind/namespace/name, however many files declare it.
  const workloads = new Map<string, Workload>();
  const ids = new Set<string>();
  for (const l of located) {
    const pod = podSpecOf(l.object);
    if (!pod) continue;
    const key = keyOf(l.object);
    const known = workloads.get(key);
    if (known) {
      known.all.push(l);
      continue;
    }
    const ns = nsOf(l.object);
    let id = toId(ns === 'default' ? l.object.name : `${ns}.${l.object.name}`);
    if (ids.has(id)) id = `${id}-${l.object.kind.toLowerCase()}`;
    while (ids.has(id)) id = `${id}-2`;
    ids.add(id);
    const runtimes = kubernetesRuntimes({ ...({} as KubernetesDoc), objects: [l.object] });
    const labels = {
      ...(l.object.kind === 'Pod' ? {} : labelsAt(l.object.value, ['metadata', 'labels'])),
      ...labelsAt(l.object.value, [...(pod.path.slice(0, -1) as string[]), 'metadata', 'labels']),
    };
    const ports = runtimes
      .filter((r) => r.role === 'container')
      .flatMap((r) => r.ports)
      .filter((p) => p.containerPort !== undefined)
      .map((p) => ({ port: p.containerPort as number }));
    const named = containerPortsOf(pod.spec);
    workloads.set(key, {
      id,
      key,
      namespace: ns,
      first: l,
      all: [l],
      labels,
      runtimes,
      ports: named.length ? named : ports,
      exposed: false,
    });
  }
  for (const w of workloads.values()) {
    const images = w.runtimes
      .filter((r) => r.role === 'container')
      .map((r) => r.image?.value)
      .filter((i): i is string => !!i);
    w.tech =
      images.map(techFromImage).find((t) => t !== undefined) ??
      techFromPorts(w.ports.map((p) => ({ port: p.port, protocol: protocolOfNamedPort(p.name, undefined, p.port) })));
    b.components.set(w.id, { value: { id: w.id, name: w.first.object.name, kind: 'process' } });
  }

  // Services and what they select.
  const services = new Map<string, ServiceInfo>();
  for (const l of located) {
    if (l.object.kind !== 'Service') continue;
    const known = services.get(keyOf(l.object));
    if (known) {
      known.all.push(l);
      continue;
    }
    const spec = isObj(l.object.value.spec) ? l.object.value.spec : {};
    const selector = isObj(spec.selector) ? labelsAt(spec, ['selector']) : {};
    const ns = nsOf(l.object);
    const selects =
      Object.keys(selector).length === 0
        ? []
        : [...workloads.values()].filter(
            (w) => w.namespace === ns && Object.entries(selector).every(([k, v]) => w.labels[k] === v),
          );
    services.set(keyOf(l.object), {
      located: l,
      all: [l],
      namespace: ns,
      name: l.object.name,
      type: str(spec.type) ?? 'ClusterIP',
      ports: list(spec.ports).flatMap((p): ServicePort[] => {
        if (!isObj(p) || num(p.port) === undefined) return [];
        const sp: ServicePort = { port: num(p.port) as number };
        if (str(p.name)) sp.name = str(p.name);
        const target = num(p.targetPort) ?? str(p.targetPort);
        if (target !== undefined) sp.targetPort = target;
        if (num(p.nodePort) !== undefined) sp.nodePort = num(p.nodePort);
        const protocol = protocolOfNamedPort(str(p.name), str(p.appProtocol), num(p.port));
        if (protocol) sp.protocol = protocol;
        else if (str(p.protocol)?.toUpperCase() === 'UDP') sp.protocol = 'udp';
        return [sp];
      }),
      selects,
      externalName: str(spec.type) === 'ExternalName' ? str(spec.externalName) : undefined,
    });
  }
  const serviceFor = (host: string, ns: string): ServiceInfo | undefined => {
    const labels = host.toLowerCase().replace(/\.$/, '').split('.');
    if (labels.at(-1) === 'local' && labels.at(-2) === 'cluster') labels.splice(-2);
    if (labels.at(-1) === 'svc') labels.pop();
    const find = (name: string | undefined, namespace: string | undefined) =>
      name && namespace ? services.get(`Service/${namespace}/${name}`) : undefined;
    // name, name.namespace, pod.name (a StatefulSet's pods), pod.name.namespace
    if (labels.length === 1) return find(labels[0], ns);
    if (labels.length === 2) return find(labels[0], labels[1]) ?? find(labels[1], ns);
    if (labels.length === 3) return find(labels[1], labels[2]);
    return undefined;
  };

  // Components
  for (const w of workloads.values()) {
    const o = w.first.object;
    const boundary = namespaceBoundary(w.namespace);
    const selectedBy = [...services.values()].filter((s) => s.selects.includes(w));
    const listens = w.ports.length > 0 || selectedBy.length > 0;
    const component: ComponentInput = {
      id: w.id,
      name: o.name,
      kind: kindOf(w.tech?.tech, listens),
      boundary,
    };
    const notes: Record<string, string> = {};
    if (w.tech) {
      component.tech = w.tech.tech;
      notes.tech = w.tech.reason;
    }
    const containers = w.runtimes.filter((r) => r.role === 'container');
    const described = [
      `${o.kind}${w.namespace === 'default' ? '' : ` in namespace ${w.namespace}`}`,
      containers.length > 0
        ? `${containers.length === 1 ? 'container' : 'containers'} ${containers.map((r) => `${r.name}${r.image ? ` (${r.image.value})` : ''}`).join(', ')}`
        : undefined,
      selectedBy.length > 0 ? `selected by Service ${selectedBy.map((s) => s.name).join(', ')}` : undefined,
    ].filter(Boolean);
    component.description = `${described.join('; ')}.`;
    const properties: Properties = runtimeProperties(w.runtimes);
    if (w.tech?.admin) properties.adminInterface = true;
    if (Object.keys(properties).length > 0) component.properties = properties;
    b.component({
      value: component,
      comment: `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}${w.tech ? '' : '\ntech: unknown from the images; set one (web-application, api-service, ...) for technology-specific threats'}`,
      notes,
    });
    for (const l of w.all) {
      const s = sourceOf(l);
      if (s) b.addSource(w.id, s);
    }
    for (const svc of selectedBy) {
      for (const l of svc.all) {
        const s = sourceOf(l);
        if (s) b.addSource(w.id, s);
      }
    }
  }
  // External names: what an ExternalName Service points at, outside the cluster.
  for (const svc of services.values()) {
    if (!svc.externalName) continue;
    const id = b.freeId(toId(svc.namespace === 'default' ? svc.name : `${svc.namespace}.${svc.name}`));
    const s = sourceOf(svc.located);
    b.component({
      value: {
        id,
        name: svc.externalName,
        kind: 'external',
        description: `Reached as Service ${svc.name} (ExternalName ${svc.externalName}).`,
        ...(s ? { sources: [s] } : {}),
      },
      comment: `ExternalName Service ${svc.namespace}/${svc.name}`,
    });
    b.special.set(`external:${svc.namespace}/${svc.name}`, id);
  }

  // Datastores hold data; the Secrets a workload reads are credentials.
  const secretsByKey = new Set(located.filter((l) => l.object.kind === 'Secret').map((l) => keyOf(l.object)));
  for (const w of workloads.values()) {
    const c = b.components.get(w.id)?.value;
    if (c?.kind === 'datastore') {
      b.holds(
        w.id,
        b.asset({
          id: `${w.id}-data`,
          name: `Data stored in ${w.first.object.name}`,
          classification: 'confidential',
          description: `What ${w.first.object.name} (${c.tech}) stores.`,
        }),
      );
    }
    for (const name of secretNames(w)) {
      const asset = toId(`secret-${w.namespace === 'default' ? name : `${w.namespace}.${name}`}`);
      const declared = secretsByKey.has(`Secret/${w.namespace}/${name}`);
      b.holds(
        w.id,
        b.asset({
          id: asset,
          name: `Secret ${w.namespace === 'default' ? '' : `${w.namespace}/`}${name}`,
          classification: 'credentials',
          ...(declared ? {} : { description: 'Referenced by the workloads; not declared in these manifests.' }),
        }),
      );
    }
  }

  const toWorkloads = (svc: ServiceInfo, port: number | string | undefined) => {
    const sp =
      (typeof port === 'number' ? svc.ports.find((p) => p.port === port) : svc.ports.find((p) => p.name === port)) ??
      (port === undefined ? svc.ports[0] : undefined);
    return { sp, port: typeof port === 'number' ? port : sp?.port };
  };
  const connect = (from: string, svc: ServiceInfo, reason: string, endpoint?: Endpoint) => {
    const s = scheme(endpoint?.scheme);
    const external = b.special.get(`external:${svc.namespace}/${svc.name}`);
    const { sp, port } = toWorkloads(svc, endpoint?.port ?? s?.port);
    const targets = external ? [external] : svc.selects.map((w) => w.id);
    for (const to of targets) {
      const tech = b.components.get(to)?.value.tech;
      b.flow({
        from,
        to,
        port: port ?? endpoint?.port,
        protocol: s?.protocol ?? sp?.protocol ?? protocolOfPort(port, tech),
        protocolWeight: s || sp?.protocol ? 2 : 1,
        encrypted: s?.tls,
        reason: `${reason} (Service ${svc.name})`,
        data: b.assets.has(`${to}-data`) ? [`${to}-data`] : undefined,
      });
    }
  };

  const reach = (from: string, to: string, reason: string, endpoint: Endpoint) => {
    const s = scheme(endpoint.scheme);
    const port = endpoint.port ?? s?.port;
    b.flow({
      from,
      to,
      port,
      protocol: s?.protocol ?? protocolOfPort(port, b.components.get(to)?.value.tech),
      protocolWeight: s ? 2 : 1,
      encrypted: s?.tls,
      reason,
    });
  };

  // Flows: connection settings in the environment, ConfigMaps and command lines.
  const configMaps = new Map<string, Obj>();
  for (const l of located)
    if (l.object.kind === 'ConfigMap' && isObj(l.object.value.data))
      configMaps.set(keyOf(l.object), l.object.value.data);
  for (const w of workloads.values()) {
    const settings: { key: string; value: string; where: string }[] = [];
    const pod = podSpecOf(w.first.object);
    for (const c of list(pod?.spec.containers).concat(list(pod?.spec.initContainers))) {
      if (!isObj(c)) continue;
      for (const e of list(c.env)) {
        if (!isObj(e) || !str(e.name)) continue;
        const name = str(e.name) as string;
        const value = str(e.value) ?? (typeof e.value === 'number' ? String(e.value) : undefined);
        if (value !== undefined) settings.push({ key: name, value, where: `environment ${name}` });
        const ref = isObj(e.valueFrom) && isObj(e.valueFrom.configMapKeyRef) ? e.valueFrom.configMapKeyRef : undefined;
        const data = ref ? configMaps.get(`ConfigMap/${w.namespace}/${str(ref.name)}`) : undefined;
        const v = data && str(ref?.key) ? str(data[str(ref?.key) as string]) : undefined;
        if (v !== undefined)
          settings.push({ key: name, value: v, where: `environment ${name} from ConfigMap ${str(ref?.name)}` });
      }
      for (const e of list(c.envFrom)) {
        const ref = isObj(e) && isObj(e.configMapRef) ? e.configMapRef : undefined;
        const data = ref ? configMaps.get(`ConfigMap/${w.namespace}/${str(ref.name)}`) : undefined;
        for (const [k, v] of Object.entries(data ?? {})) {
          if (typeof v === 'string') settings.push({ key: k, value: v, where: `ConfigMap ${str(ref?.name)} key ${k}` });
        }
      }
      for (const endpoint of endpointsInCommand(
        [...list(c.command), ...list(c.args)].map(str).filter((a): a is string => !!a),
      )) {
        const svc = serviceFor(endpoint.host, w.namespace);
        if (svc) connect(w.id, svc, 'command line', endpoint);
      }
    }
    for (const s of settings) {
      for (const endpoint of endpointsIn(s.key, s.value)) {
        const svc = serviceFor(endpoint.host, w.namespace);
        if (svc) {
          connect(w.id, svc, s.where, endpoint);
          continue;
        }
        const external = b.external(endpoint.host, s.key, `${s.where} of ${w.first.object.name}`);
        if (external) reach(w.id, external, s.where, endpoint);
      }
    }
  }

  // Exposure: LoadBalancer and NodePort Services, external IPs, host ports, Ingress rules.
  for (const svc of services.values()) {
    const spec = isObj(svc.located.object.value.spec) ? svc.located.object.value.spec : {};
    const external = svc.type === 'LoadBalancer' || svc.type === 'NodePort' || list(spec.externalIPs).length > 0;
    if (!external || svc.selects.length === 0) continue;
    const internet = b.internet();
    for (const w of svc.selects) {
      w.exposed = true;
      for (const p of svc.ports) {
        const port = svc.type === 'NodePort' ? (p.nodePort ?? p.port) : p.port;
        b.flow({
          from: internet,
          to: w.id,
          port,
          protocol: p.protocol ?? protocolOfPort(p.port, w.tech?.tech),
          protocolWeight: p.protocol ? 2 : 1,
          reason: `Service ${svc.name} type ${svc.type}${svc.type === 'NodePort' && p.nodePort === undefined ? ' (node port assigned by the cluster)' : ''}`,
        });
      }
    }
  }
  for (const w of workloads.values()) {
    for (const r of w.runtimes) {
      for (const p of r.ports) {
        if (p.hostPort === undefined || (p.hostIp && /^127\./.test(p.hostIp))) continue;
        w.exposed = true;
        b.flow({
          from: b.internet(),
          to: w.id,
          port: p.hostPort,
          protocol: protocolOfPort(p.containerPort, w.tech?.tech),
          protocolWeight: 1,
          reason: `hostPort ${p.hostPort} of container ${r.name}`,
        });
      }
    }
  }
  for (const l of located) {
    if (l.object.kind !== 'Ingress') continue;
    const spec = isObj(l.object.value.spec) ? l.object.value.spec : {};
    const ingressClass = str(spec.ingressClassName) ?? l.object.annotations[INGRESS_CLASS];
    const controller = ingressController(b, ingressClass, cluster);
    const s = sourceOf(l);
    if (s) b.addSource(controller, s);
    const internet = b.internet();
    b.flow({
      from: internet,
      to: controller,
      port: 80,
      protocol: 'http',
      protocolWeight: 1,
      reason: `Ingress ${l.object.name}`,
    });
    if (list(spec.tls).length > 0)
      b.flow({
        from: internet,
        to: controller,
        port: 443,
        protocol: 'https',
        protocolWeight: 2,
        reason: `Ingress ${l.object.name} tls`,
      });
    const backends: unknown[] = [spec.defaultBackend, spec.backend];
    for (const rule of list(spec.rules)) {
      if (isObj(rule) && isObj(rule.http))
        for (const p of list(rule.http.paths)) if (isObj(p)) backends.push(p.backend);
    }
    for (const backend of backends) {
      if (!isObj(backend)) continue;
      const ref = isObj(backend.service) ? backend.service : undefined;
      const name = str(ref?.name) ?? str(backend.serviceName);
      const port =
        ref && isObj(ref.port)
          ? (num(ref.port.number) ?? str(ref.port.name))
          : (num(backend.servicePort) ?? str(backend.servicePort));
      const svc = name ? services.get(`Service/${nsOf(l.object)}/${name}`) : undefined;
      if (!svc) continue;
      for (const w of svc.selects) w.exposed = true;
      const { sp, port: resolved } = toWorkloads(svc, port);
      // An ingress controller proxies HTTP to its backends unless the port says otherwise (https, grpc).
      const protocol = sp?.protocol ?? 'http';
      connect(controller, svc, `Ingress ${l.object.name}`, { host: name as string, port: resolved, scheme: protocol });
    }
  }
  for (const w of workloads.values()) {
    const c = b.components.get(w.id)?.value;
    if (!c) continue;
    if (w.exposed) c.properties = { ...(c.properties ?? {}), internetFacing: true };
    const socket = w.runtimes.map(runtimeSocket).find((s) => s !== undefined);
    if (socket) {
      const runtime = containerRuntime(b, socket, cluster);
      b.flow({
        from: w.id,
        to: runtime,
        protocol: /docker/.test(socket) ? 'docker-api' : 'grpc',
        protocolWeight: 2,
        reason: `mounts ${socket} from the node`,
      });
    }
  }
  // A workload whose service account is granted permissions by RBAC calls the API server with its token.
  const bindings = located.filter((l) => l.object.kind === 'RoleBinding' || l.object.kind === 'ClusterRoleBinding');
  for (const w of workloads.values()) {
    const pod = podSpecOf(w.first.object);
    const account = str(pod?.spec.serviceAccountName) ?? str(pod?.spec.serviceAccount) ?? 'default';
    const granted = bindings.filter((l) =>
      list(l.object.value.subjects).some(
        (s) =>
          isObj(s) &&
          s.kind === 'ServiceAccount' &&
          s.name === account &&
          (str(s.namespace) ?? nsOf(l.object)) === w.namespace,
      ),
    );
    if (granted.length === 0) continue;
    const api = apiServer(b, cluster);
    b.flow({
      from: w.id,
      to: api,
      port: 443,
      protocol: 'kube-api',
      protocolWeight: 2,
      reason: `ServiceAccount ${account} is granted ${granted.map((g) => `${g.object.kind} ${g.object.name}`).join(', ')}`,
    });
    const related = located.filter(
      (l) =>
        (l.object.kind === 'ServiceAccount' && l.object.name === account && nsOf(l.object) === w.namespace) ||
        granted.some((g) => {
          const ref = isObj(g.object.value.roleRef) ? g.object.value.roleRef : {};
          return (
            l.object.kind === str(ref.kind) &&
            l.object.name === str(ref.name) &&
            (l.object.kind === 'ClusterRole' || nsOf(l.object) === nsOf(g.object))
          );
        }),
    );
    for (const l of [...granted, ...related]) {
      const source = sourceOf(l);
      if (source) b.addSource(w.id, source);
    }
  }
  for (const f of b.flows()) {
    const c = b.components.get(f.value.to)?.value;
    if (c?.kind === 'process') c.kind = 'service';
  }

  const objects = new Map<string, Set<string>>();
  for (const l of located) {
    const path = ctx.sourcePath(l.file);
    if (!path) continue;
    objects.set(path, (objects.get(path) ?? new Set()).add(keyOf(l.object)));
  }
  for (const f of files) {
    const path = ctx.sourcePath(f.path);
    if (path && !objects.has(path)) objects.set(path, new Set());
  }
  const name =
    inputPath === '-' ? 'Kubernetes workloads' : basename(ctx.absolute(inputPath)).replace(/\.(ya?ml|json)$/i, '');
  return b.build(
    {
      name,
      description: `Inferred from the Kubernetes manifests ${inputPath === '-' ? 'read from standard input' : `in ${basename(ctx.absolute(inputPath))}`}.`,
    },
    { kind: 'kubernetes', path: inputPath, files: [...objects.keys()], objects },
    files.flatMap((f) => f.doc.diagnostics),
  );
}

/** Container ports with their names, for protocols (`name: http`). */
function containerPortsOf(spec: Obj): { port: number; name?: string }[] {
  const out: { port: number; name?: string }[] = [];
  for (const c of list(spec.containers)) {
    if (!isObj(c)) continue;
    for (const p of list(c.ports)) {
      if (!isObj(p) || num(p.containerPort) === undefined) continue;
      out.push({ port: num(p.containerPort) as number, ...(str(p.name) ? { name: str(p.name) } : {}) });
    }
  }
  return out;
}

/** The Secrets a workload reads: environment, envFrom, volumes and projected volumes. */
function secretNames(w: Workload): string[] {
  const pod = podSpecOf(w.first.object);
  if (!pod) return [];
  const names = new Set<string>();
  for (const c of [...list(pod.spec.containers), ...list(pod.spec.initContainers)]) {
    if (!isObj(c)) continue;
    for (const e of list(c.env)) {
      const ref =
        isObj(e) && isObj(e.valueFrom) && isObj(e.valueFrom.secretKeyRef) ? e.valueFrom.secretKeyRef : undefined;
      if (str(ref?.name)) names.add(str(ref?.name) as string);
    }
    for (const e of list(c.envFrom))
      if (isObj(e) && isObj(e.secretRef) && str(e.secretRef.name)) names.add(str(e.secretRef.name) as string);
  }
  for (const v of list(pod.spec.volumes)) {
    if (!isObj(v)) continue;
    if (isObj(v.secret) && str(v.secret.secretName)) names.add(str(v.secret.secretName) as string);
    if (isObj(v.projected)) {
      for (const s of list(v.projected.sources))
        if (isObj(s) && isObj(s.secret) && str(s.secret.name)) names.add(str(s.secret.name) as string);
    }
  }
  return [...names].sort();
}

function ingressController(b: ModelBuilder, ingressClass: string | undefined, cluster: string): string {
  const key = `ingress:${ingressClass ?? ''}`;
  const existing = b.special.get(key);
  if (existing) return existing;
  const id = b.freeId(ingressClass ? toId(`ingress-controller-${ingressClass}`) : 'ingress-controller');
  b.special.set(key, id);
  b.component({
    value: {
      id,
      name: `Ingress controller${ingressClass ? ` (${ingressClass})` : ''}`,
      kind: 'service',
      tech: 'ingress-controller',
      boundary: cluster,
      description: 'Serves the Ingress rules; its own Deployment is not in these manifests.',
      properties: { internetFacing: true },
    },
    comment: 'implied by the Ingress objects',
  });
  return id;
}

function containerRuntime(b: ModelBuilder, socket: string, cluster: string): string {
  const docker = /docker/.test(socket);
  const key = docker ? 'runtime:docker' : 'runtime:containerd';
  const existing = b.special.get(key);
  if (existing) return existing;
  const id = b.freeId(docker ? 'docker-daemon' : 'container-runtime');
  b.special.set(key, id);
  b.component({
    value: {
      id,
      name: docker ? 'Docker daemon of the node' : 'Container runtime of the node',
      kind: 'service',
      tech: docker ? 'docker-daemon' : 'containerd',
      boundary: cluster,
    },
    comment: `reached through ${socket}, mounted from the node`,
  });
  return id;
}

function apiServer(b: ModelBuilder, cluster: string): string {
  const existing = b.special.get('kube-apiserver');
  if (existing) return existing;
  const id = b.freeId('kube-apiserver');
  b.special.set('kube-apiserver', id);
  b.component({
    value: {
      id,
      name: 'Kubernetes API server',
      kind: 'service',
      tech: 'kube-apiserver',
      boundary: cluster,
      description:
        'Called by the workloads RBAC grants permissions to; its own configuration is not in these manifests.',
    },
    comment: "implied by the RBAC bindings of the workloads' service accounts",
  });
  return id;
}
