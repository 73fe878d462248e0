import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import type { ComposeDoc, ComposeService } from '../../sources/compose/index.js';
import { finalStage, parentStage, parseDockerfile } from '../../sources/dockerfile/index.js';
import type { ComponentInput, Properties } from '../schema.js';
import { type Explained, type InferredModel, ModelBuilder, toId } from './builder.js';
import { type Endpoint, endpointsIn, endpointsInCommand, endpointsInNginxConfig } from './endpoints.js';
import { runtimeProperties, runtimeSocket } from './properties.js';
import { kindOf, protocolOfPort, scheme, type TechGuess, techFromImage, techFromPorts, techPort } from './techs.js';

/** How a reader reaches the files around its input, and how a file is named in `sources`. */
export interface InferContext {
  /** A file's text (paths as the loader names them); undefined when it cannot be read. */
  readFile(path: string): string | undefined;
  /** The path to write in `sources` for a file the loader read; undefined when nothing can be linked (stdin). */
  sourcePath(path: string): string | undefined;
  /** The absolute path of a file the loader names. */
  absolute(path: string): string;
}

interface ServiceInfo {
  service: ComposeService;
  id: string;
  tech?: TechGuess;
  /** Container ports, published or exposed. */
  ports: number[];
  /** Published on an address other than loopback. */
  published: { host: number; container: number; protocol: string }[];
  networks: string[];
  dockerfile?: string;
}

const str = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const LOOPBACK = /^(127\.|::1$|localhost$)/;

/**
 * A threat model from a Compose project: each service a component in a container boundary on its network(s) inside
 * the Docker host, published ports reached from the internet, flows from `depends_on`, `links`, connection settings
 * in the environment and the command line, nginx upstreams and Traefik labels.
 */
export function inferCompose(doc: ComposeDoc, ctx: InferContext): InferredModel {
  const b = new ModelBuilder();
  const mainSource = ctx.sourcePath(doc.target);
  const projectFiles = new Set(doc.files.map((f) => f.uri));
  const name = str(
    doc.tree.entries.get('name')?.kind === 'scalar'
      ? (doc.tree.entries.get('name') as { value: unknown }).value
      : undefined,
  );
  const projectName = name ?? (doc.target === '-' ? 'compose project' : basename(ctx.absolute(doc.projectDir)));

  // Ids first, so that every reference can be resolved whatever the order of the services.
  const infos = new Map<string, ServiceInfo>();
  for (const service of doc.services) {
    const id = b.freeId(toId(service.name));
    b.components.set(id, { value: { id, name: service.name, kind: 'process' } });
    infos.set(service.name, {
      service,
      id,
      ports: [],
      published: [],
      networks: [],
    });
  }
  const hosts = new Map<string, string>();
  for (const info of infos.values()) {
    const v = info.service.value;
    for (const alias of [info.service.name, str(v.container_name), str(v.hostname)])
      if (alias) hosts.set(alias.toLowerCase(), info.id);
    if (isObj(v.networks)) {
      for (const net of Object.values(v.networks)) {
        if (isObj(net) && Array.isArray(net.aliases))
          for (const a of net.aliases) if (str(a)) hosts.set((str(a) as string).toLowerCase(), info.id);
      }
    }
  }
  for (const info of infos.values()) {
    for (const link of Array.isArray(info.service.value.links) ? info.service.value.links : []) {
      const [target, alias] = (str(link) ?? '').split(':');
      const id = target ? hosts.get(target.toLowerCase()) : undefined;
      if (id && alias) hosts.set(alias.toLowerCase(), id);
    }
  }
  const resolve = (host: string) => hosts.get(host.toLowerCase().replace(/\.$/, ''));

  const host = b.boundary(
    { id: 'host', name: 'Docker host', kind: 'host', description: 'The machine whose Docker engine runs the project.' },
    'Every container of the project runs on one Docker host.',
  );

  // Components
  for (const info of infos.values()) {
    const { service } = info;
    const r = service.runtime;
    const v = service.value;
    for (const p of r.ports) {
      if (p.containerPort !== undefined && !info.ports.includes(p.containerPort)) info.ports.push(p.containerPort);
      if (p.hostPort !== undefined && p.containerPort !== undefined && !(p.hostIp && LOOPBACK.test(p.hostIp))) {
        info.published.push({ host: p.hostPort || p.containerPort, container: p.containerPort, protocol: p.protocol });
      }
    }
    const build = isObj(v.build) ? v.build : undefined;
    let base: string | undefined;
    if (build) {
      const found = dockerfileOf(build, doc.projectDir, ctx);
      info.dockerfile = found?.path;
      base = found?.base;
    }
    const image = r.image?.value;
    info.tech =
      (image && !build ? techFromImage(image) : undefined) ??
      (base ? withReason(techFromImage(base), `base image ${base}`) : undefined) ??
      (image ? techFromImage(image) : undefined) ??
      techFromPorts(info.ports.map((port) => ({ port })));

    const networkMode = str(v.network_mode);
    const notes: Record<string, string> = {};
    let parent = host;
    if (
      networkMode === undefined ||
      networkMode.startsWith('bridge') ||
      !/^(host|none|service:|container:)/.test(networkMode)
    ) {
      info.networks = isObj(v.networks)
        ? Object.keys(v.networks)
        : networkMode && networkMode !== 'bridge'
          ? [networkMode]
          : ['default'];
      for (const net of info.networks) {
        const def = doc.networks.find((n) => n.name === net)?.value;
        const traits = [
          isObj(def) && def.external ? 'external: created outside the project' : undefined,
          isObj(def) && def.internal ? 'internal: no route to the outside' : undefined,
        ].filter(Boolean);
        b.boundary({
          id: `network-${toId(net)}`,
          name: `Network ${net}`,
          kind: 'network',
          parent: host,
          description: `Compose network ${net}${traits.length ? ` (${traits.join(', ')})` : ''}.`,
        });
      }
      if (info.networks[0]) parent = `network-${toId(info.networks[0])}`;
    }
    const containerBoundary = b.boundary({
      id: `container-${info.id}`,
      name: `Container ${service.name}`,
      kind: 'container',
      parent,
    });

    const properties: Properties = runtimeProperties([r]);
    if (info.published.length > 0) properties.internetFacing = true;
    if (info.tech?.admin) properties.adminInterface = true;
    const shared = r.sharedNamespaces
      .map((s) => /^[a-z]+:(?:service|container):(.+)$/.exec(s.value)?.[1])
      .map((target) => (target ? resolve(target) : undefined))
      .filter((id): id is string => id !== undefined && id !== info.id);
    if (shared.length > 0) properties.sharesNamespaceWith = [...new Set(shared)];

    const component: ComponentInput = {
      id: info.id,
      name: service.name,
      kind: kindOf(info.tech?.tech, info.ports.length > 0),
      boundary: containerBoundary,
    };
    if (info.tech) {
      component.tech = info.tech.tech;
      notes.tech = info.tech.reason;
    }
    const described = [
      image && !build ? `Image ${image}.` : undefined,
      build
        ? `Built from ${info.dockerfile ? relative(doc.projectDir, info.dockerfile).split('\\').join('/') : 'source'}${image ? ` as ${image}` : ''}.`
        : undefined,
      info.networks.length > 1
        ? `Also on network${info.networks.length > 2 ? 's' : ''} ${info.networks.slice(1).join(', ')}.`
        : undefined,
      networkMode && /^(host|none|service:|container:)/.test(networkMode) ? `network_mode: ${networkMode}.` : undefined,
      service.profiles.length > 0 ? `Runs only with profile ${service.profiles.join(' or ')}.` : undefined,
    ].filter(Boolean);
    if (described.length > 0) component.description = described.join(' ');
    if (Object.keys(properties).length > 0) component.properties = properties;
    const composeFile =
      projectFiles.has(service.node.file.uri) || !mainSource ? mainSource : ctx.sourcePath(service.node.file.uri);
    const sources: NonNullable<ComponentInput['sources']> = [];
    if (composeFile) sources.push({ compose: composeFile, service: service.name });
    const dockerfileSource = info.dockerfile ? ctx.sourcePath(info.dockerfile) : undefined;
    if (dockerfileSource) sources.push({ dockerfile: dockerfileSource });
    if (sources.length > 0) component.sources = sources;
    const explained: Explained<ComponentInput> = {
      value: component,
      comment: `compose service ${service.name}`,
      notes,
    };
    if (!info.tech)
      explained.comment = `${explained.comment}\ntech: unknown from the image; set one (web-application, api-service, ...) for technology-specific threats`;
    b.component(explained);
    // A service only reachable through another's network namespace sits in that container's boundary chain.
  }
  for (const info of infos.values()) {
    const mode = str(info.service.value.network_mode);
    const target = mode && /^(service|container):(.+)$/.exec(mode)?.[2];
    const other = target ? resolve(target) : undefined;
    const boundary = b.boundaries.get(`container-${info.id}`)?.value;
    const otherBoundary = other ? b.boundaries.get(`container-${other}`)?.value : undefined;
    if (boundary && otherBoundary?.parent) boundary.parent = otherBoundary.parent;
  }

  // Datastores hold data; secrets are credentials.
  for (const info of infos.values()) {
    const c = b.components.get(info.id)?.value;
    if (c?.kind === 'datastore') {
      const asset = b.asset({
        id: `${info.id}-data`,
        name: `Data stored in ${info.service.name}`,
        classification: 'confidential',
        description: `What ${info.service.name} (${c.tech}) stores.`,
      });
      b.holds(info.id, asset);
    }
    const secrets = Array.isArray(info.service.value.secrets) ? info.service.value.secrets : [];
    for (const s of secrets) {
      const name = isObj(s) ? str(s.source) : str(s);
      if (!name) continue;
      const asset = b.asset({ id: `secret-${toId(name)}`, name: `Secret ${name}`, classification: 'credentials' });
      b.holds(info.id, asset);
    }
  }

  // Flows
  const connect = (from: ServiceInfo, to: string, reason: string, endpoint?: Endpoint) => {
    const target = [...infos.values()].find((i) => i.id === to);
    const s = scheme(endpoint?.scheme);
    const port = endpoint?.port ?? s?.port ?? (target ? defaultPort(target) : undefined);
    const targetTech = b.components.get(to)?.value.tech;
    const protocol = s?.protocol ?? protocolOfPort(port, targetTech);
    const data = b.assets.has(`${to}-data`) ? [`${to}-data`] : undefined;
    b.flow({
      from: from.id,
      to,
      port,
      protocol,
      protocolWeight: s ? 2 : 1,
      encrypted: s?.tls,
      reason,
      data,
    });
  };
  for (const info of infos.values()) {
    const v = info.service.value;
    for (const dep of isObj(v.depends_on) ? Object.keys(v.depends_on) : []) {
      const to = resolve(dep);
      if (to) connect(info, to, `depends_on ${dep}`);
    }
    for (const link of Array.isArray(v.links) ? v.links : []) {
      const target = (str(link) ?? '').split(':')[0];
      const to = target ? resolve(target) : undefined;
      if (to) connect(info, to, `links ${target}`);
    }
    for (const e of info.service.runtime.env) {
      if (e.value === undefined) continue;
      for (const endpoint of endpointsIn(e.name, e.value)) {
        const to =
          resolve(endpoint.host) ?? b.external(endpoint.host, e.name, `environment ${e.name} of ${info.service.name}`);
        if (to) connect(info, to, `environment ${e.name}`, endpoint);
      }
    }
    const command = [v.entrypoint, v.command]
      .flatMap((c) => (Array.isArray(c) ? c.map(str) : [str(c)]))
      .filter((c): c is string => !!c);
    for (const endpoint of endpointsInCommand(command)) {
      const to = resolve(endpoint.host);
      if (to) connect(info, to, 'command line', endpoint);
    }
    for (const { file, text } of configFiles(info, doc.projectDir, ctx)) {
      for (const endpoint of endpointsInNginxConfig(text)) {
        const to = resolve(endpoint.host);
        if (to) connect(info, to, `upstream in ${basename(file)}`, endpoint);
      }
    }
    for (const p of info.published) {
      const internet = b.internet();
      // A port published for both TCP and UDP is one flow; `udp` says something only when it is UDP alone.
      const udpOnly = p.protocol === 'udp' && !info.published.some((q) => q.host === p.host && q.protocol !== 'udp');
      const protocol = protocolOfPort(p.container, info.tech?.tech) ?? (udpOnly ? 'udp' : undefined);
      b.flow({
        from: internet,
        to: info.id,
        port: p.host,
        protocol,
        protocolWeight: 1,
        reason: `published port ${p.host}:${p.container}${p.protocol === 'tcp' ? '' : `/${p.protocol}`}`,
      });
    }
    const socket = runtimeSocket(info.service.runtime);
    if (socket) {
      const daemon = dockerDaemon(b, host);
      b.flow({ from: info.id, to: daemon, protocol: 'docker-api', protocolWeight: 2, reason: `mounts ${socket}` });
    }
  }
  // Traefik routes to the services that enable it in their labels.
  const traefiks = [...infos.values()].filter((i) => i.tech?.tech === 'traefik');
  for (const info of infos.values()) {
    const labels = isObj(info.service.value.labels) ? info.service.value.labels : {};
    const keys = Object.keys(labels);
    if (!keys.some((k) => k.startsWith('traefik.')) || str(labels['traefik.enable']) === 'false') continue;
    const portLabel = keys.find((k) => /^traefik\.http\.services\.[^.]+\.loadbalancer\.server\.port$/.test(k));
    const port = portLabel ? Number(str(labels[portLabel])) : undefined;
    for (const t of traefiks) {
      if (t !== info)
        connect(t, info.id, 'traefik labels', Number.isInteger(port) ? { host: info.service.name, port } : undefined);
    }
  }

  // Every component is now known to listen or not: inbound flows make a process a service.
  for (const f of b.flows()) {
    const c = b.components.get(f.value.to)?.value;
    if (c?.kind === 'process') c.kind = 'service';
  }

  return b.build(
    {
      name: projectName,
      description: `Inferred from the Compose project ${doc.target === '-' ? 'read from standard input' : basename(doc.target)}.`,
    },
    {
      kind: 'compose',
      path: doc.target,
      files: [
        mainSource,
        ...[...infos.values()].map((i) => (i.dockerfile ? ctx.sourcePath(i.dockerfile) : undefined)),
      ].filter((f): f is string => f !== undefined),
      objects: mainSource ? new Map([[mainSource, new Set(doc.services.map((s) => s.name))]]) : new Map(),
    },
    doc.diagnostics,
  );
}

function withReason(guess: TechGuess | undefined, reason: string): TechGuess | undefined {
  return guess ? { ...guess, reason } : undefined;
}

/** The port a client of this service connects to when nothing says: its only port, or its tech's usual one. */
function defaultPort(info: ServiceInfo): number | undefined {
  if (info.ports.length === 1) return info.ports[0];
  const usual = techPort(info.tech?.tech);
  if (usual && (info.ports.length === 0 || info.ports.includes(usual.port))) return usual.port;
  return undefined;
}

function dockerDaemon(b: ModelBuilder, host: string): string {
  const existing = b.special.get('docker-daemon');
  if (existing) return existing;
  const id = b.freeId('docker-daemon');
  b.special.set('docker-daemon', id);
  b.component({
    value: { id, name: 'Docker daemon', kind: 'service', tech: 'docker-daemon', boundary: host },
    comment: 'reached through the Docker socket a container mounts',
  });
  return id;
}

/** The Dockerfile a `build:` names (when it can be read) and the base image of the stage it builds. */
function dockerfileOf(
  build: Record<string, unknown>,
  projectDir: string,
  ctx: InferContext,
): { path?: string; base?: string } | undefined {
  const contextDir = str(build.context) ?? '.';
  if (/^[a-z]+:\/\//i.test(contextDir) || /^git@/.test(contextDir)) return undefined;
  const dir = isAbsolute(contextDir) ? contextDir : join(projectDir, contextDir);
  const inline = str(build.dockerfile_inline);
  const path = inline === undefined ? join(dir, str(build.dockerfile) ?? 'Dockerfile') : undefined;
  const text = inline ?? (path ? ctx.readFile(path) : undefined);
  if (text === undefined) return undefined;
  const parsed = parseDockerfile(text, path ?? 'Dockerfile');
  const target = str(build.target);
  let stage = target
    ? parsed.stages.find((s) => s.from.alias?.toLowerCase() === target.toLowerCase())
    : finalStage(parsed);
  for (let i = 0; stage?.from.stageRef && i < 64; i++) stage = parentStage(parsed, stage);
  const from = stage?.from;
  const base = from && !from.scratch && !from.unresolved && !from.stageRef ? from.image : undefined;
  return { path, base };
}

/** Configuration files a proxy reads: files bind-mounted into it, and `.conf` files its Dockerfile copies in. */
function configFiles(info: ServiceInfo, projectDir: string, ctx: InferContext): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = ctx.readFile(path);
    if (text !== undefined && text.length < 512 * 1024) out.push({ file: path, text });
  };
  for (const m of info.service.runtime.mounts) {
    if (m.type !== 'bind' || m.source.startsWith('~') || !/\.(conf|cfg|template)$|nginx/.test(m.source)) continue;
    add(isAbsolute(m.source) ? m.source : join(projectDir, m.source));
  }
  if (info.dockerfile) {
    const text = ctx.readFile(info.dockerfile);
    if (text !== undefined) {
      const parsed = parseDockerfile(text, info.dockerfile);
      for (const ins of parsed.instructions) {
        if ((ins.keyword !== 'COPY' && ins.keyword !== 'ADD') || ins.flags.some((f) => f.name === 'from')) continue;
        const args = ins.json ?? ins.arguments.map((a) => a.value);
        for (const src of args.slice(0, -1)) {
          if (/\.(conf|template)$/.test(src) || /(^|\/)conf$/.test(src)) add(join(dirname(info.dockerfile), src));
        }
      }
    }
  }
  return out;
}
