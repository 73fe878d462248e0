import type { z } from 'zod';
import type { Diagnostic } from '../../core/diagnostics.js';
import { protocolEncryption } from '../model.js';
import {
  type AssetInput,
  type BoundaryInput,
  type ComponentInput,
  type FlowInput,
  ID_PATTERN,
  type SourceInput,
  type SystemSchema,
} from '../schema.js';

/** An element of an inferred model and why it is there; the reasons become YAML comments when it is first written. */
export interface Explained<T> {
  value: T;
  /** Written above the element. */
  comment?: string;
  /** Written beside a field (`tech: nginx # image nginx:1.27`). */
  notes?: Partial<Record<string, string>>;
}

export type InferredFlow = FlowInput & { id: string };

/** What `init --from` read: the kind of input and the artifacts the sources point at. */
export interface InferredInput {
  kind: 'compose' | 'kubernetes';
  /** As the user named it (`-` for standard input). */
  path: string;
  /** Paths as written in `sources` (relative to the model's directory) of every file read; empty for stdin. */
  files: string[];
  /** Compose services, or Kubernetes objects as `Kind/namespace/name`, per file as written in `sources`. */
  objects: Map<string, Set<string>>;
  /** The input directory (or file) as written in `sources`: a manifest under it that is gone is stale. */
  root?: string;
}

export interface InferredModel {
  system: z.infer<typeof SystemSchema>;
  boundaries: Explained<BoundaryInput>[];
  components: Explained<ComponentInput>[];
  flows: Explained<InferredFlow>[];
  assets: Explained<AssetInput>[];
  input: InferredInput;
  diagnostics: Diagnostic[];
}

/** Settings that hold the service's own address, or addresses it accepts, not a system it calls. */
const OWN_ADDRESS =
  /(PUBLIC|BASE|SITE|ROOT|EXTERNAL|CALLBACK|REDIRECT|HOME|DOCS?|HELP|SOURCE|LISTEN|BIND|ORIGIN|CORS|ALLOWED|TRUSTED|ADVERTISED?|_URLS$)/i;

/** A DNS name outside the project: dotted, not an address, not a name that only resolves inside a cluster or LAN. */
function isExternalHost(host: string): boolean {
  if (!host.includes('.') || /^[\d.]+$/.test(host) || host.includes(':')) return false;
  return !/(^|\.)(local|localhost|svc|cluster\.local)$/.test(host);
}

/** Names only a private network resolves: outside the project, but not on the internet. */
const PRIVATE_NAME = /(^|\.)(internal|corp|home|lan|intranet|private|localdomain|home\.arpa)$/;

const DATASTORE_HOSTS =
  /\.(rds\.amazonaws\.com|database\.windows\.net|documents\.azure\.com|redis\.cache\.windows\.net|mongodb\.net)$/;

/** Well-known hosted services by their DNS names. */
const EXTERNAL_TECHS: readonly [RegExp, string][] = [
  [/(^|\.)stripe\.com$/, 'stripe'],
  [/(^|\.)braintreegateway\.com$/, 'braintree'],
  [/(^|\.)(paypal\.com|adyen\.com|checkout\.com)$/, 'payment-gateway'],
  [/\.rds\.amazonaws\.com$/, 'sql-database'],
  [/\.database\.windows\.net$/, 'mssql'],
  [/\.documents\.azure\.com$|\.mongodb\.net$/, 'nosql-database'],
  [/\.redis\.cache\.windows\.net$/, 'redis'],
  [/(^|\.)s3[.-]([a-z0-9-]+\.)?amazonaws\.com$|\.blob\.core\.windows\.net$|^storage\.googleapis\.com$/, 's3-bucket'],
  [/(^|\.)(auth0\.com|okta\.com|login\.microsoftonline\.com|accounts\.google\.com)$/, 'identity-provider'],
  [/(^|\.)(registry-1\.docker\.io|index\.docker\.io)$/, 'docker-hub'],
];

function externalTech(host: string): string | undefined {
  return EXTERNAL_TECHS.find(([re]) => re.test(host))?.[1];
}

const BOUNDARY_ORDER = ['internet', 'cloud', 'cluster', 'host', 'node', 'network', 'namespace', 'container'];

/** Turns a name from the input into an id the model accepts. */
export function toId(name: string): string {
  const id = name
    .replace(/[^A-Za-z0-9_.-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '');
  return ID_PATTERN.test(id) ? id : `x-${id || 'unnamed'}`;
}

interface FlowCandidate {
  from: string;
  to: string;
  port?: number;
  protocol?: string;
  /** How sure the protocol is: from a URL scheme or a named port (2) or a guess from the number (1). */
  protocolWeight: number;
  encrypted?: boolean;
  reason: string;
  data?: string[];
}

/**
 * Collects what the readers find, keeps ids unique, and merges the flows that evidence finds more than once (a
 * `depends_on` and a `DATABASE_URL` naming the same database are one flow).
 */
export class ModelBuilder {
  readonly boundaries = new Map<string, Explained<BoundaryInput>>();
  readonly components = new Map<string, Explained<ComponentInput>>();
  readonly assets = new Map<string, Explained<AssetInput>>();
  readonly #flows: FlowCandidate[] = [];
  readonly diagnostics: Diagnostic[] = [];
  /** Components the readers add on their own (the internet client, the Docker daemon): their ids. */
  readonly special = new Map<string, string>();

  boundary(b: BoundaryInput, comment?: string): string {
    if (!this.boundaries.has(b.id)) this.boundaries.set(b.id, { value: b, ...(comment ? { comment } : {}) });
    return b.id;
  }

  /** A free component id: `id`, else `id-2`, `id-3`... */
  freeId(id: string): string {
    if (!this.components.has(id)) return id;
    for (let n = 2; ; n++) if (!this.components.has(`${id}-${n}`)) return `${id}-${n}`;
  }

  component(c: Explained<ComponentInput>): string {
    this.components.set(c.value.id, c);
    return c.value.id;
  }

  asset(a: AssetInput, comment?: string): string {
    if (!this.assets.has(a.id)) this.assets.set(a.id, { value: a, ...(comment ? { comment } : {}) });
    return a.id;
  }

  /** Adds an asset to a component's `data`. */
  holds(component: string, asset: string): void {
    const c = this.components.get(component)?.value;
    if (!c) return;
    if (!c.data?.includes(asset)) c.data = [...(c.data ?? []), asset];
  }

  /** The internet boundary and the actor in it that reaches whatever is published. */
  internet(): string {
    const existing = this.special.get('internet');
    if (existing) return existing;
    this.internetBoundary();
    const id = this.freeId('internet');
    this.component({
      value: { id, name: 'Internet client', kind: 'actor', boundary: 'internet' },
      comment: 'anyone who can reach what is published',
    });
    this.special.set('internet', id);
    return id;
  }

  internetBoundary(): string {
    return this.boundary(
      { id: 'internet', name: 'Internet', kind: 'internet' },
      'What is published or exposed is reachable from here; the systems outside the project sit here too.',
    );
  }

  /**
   * A system outside the project that a setting names by its DNS name (`https://api.stripe.com`), or undefined when
   * the name is not one (a bare name, an address, a cluster-internal name) or the setting is the service's own
   * address rather than one it calls (`PUBLIC_URL`, `ALLOWED_HOSTS`).
   */
  external(host: string, key: string | undefined, via: string): string | undefined {
    const name = host.toLowerCase().replace(/\.$/, '');
    if (!isExternalHost(name) || (key !== undefined && OWN_ADDRESS.test(key))) return undefined;
    const existing = this.special.get(`external:${name}`);
    if (existing) return existing;
    const id = this.freeId(toId(name));
    const tech = externalTech(name);
    const component: ComponentInput = {
      id,
      name,
      kind: tech && DATASTORE_HOSTS.test(name) ? 'datastore' : 'external',
    };
    if (PRIVATE_NAME.test(name)) component.description = 'A name of a private network.';
    else component.boundary = this.internetBoundary();
    if (tech) component.tech = tech;
    if (component.kind === 'datastore') component.properties = { managed: true };
    this.component({ value: component, comment: `outside the project: named by ${via}` });
    this.special.set(`external:${name}`, id);
    return id;
  }

  addSource(component: string, source: SourceInput): void {
    const c = this.components.get(component)?.value;
    if (!c) return;
    const key = JSON.stringify(source);
    if (!(c.sources ?? []).some((s) => JSON.stringify(s) === key)) c.sources = [...(c.sources ?? []), source];
  }

  flow(f: FlowCandidate): void {
    if (f.from === f.to || !this.components.has(f.from) || !this.components.has(f.to)) return;
    this.#flows.push(f);
  }

  /** The flows, one per (from, to, port); a candidate without a port joins the first one with a port. */
  flows(): Explained<InferredFlow>[] {
    const byPair = new Map<string, FlowCandidate[]>();
    for (const f of this.#flows) {
      const key = `${f.from}\u0000${f.to}`;
      byPair.set(key, [...(byPair.get(key) ?? []), f]);
    }
    const out: Explained<InferredFlow>[] = [];
    const taken = new Set(this.components.keys());
    for (const candidates of byPair.values()) {
      const ports = [...new Set(candidates.map((c) => c.port).filter((p): p is number => p !== undefined))];
      const groups: FlowCandidate[][] =
        ports.length === 0 ? [candidates] : ports.map((p) => candidates.filter((c) => c.port === p));
      if (ports.length > 0) (groups[0] as FlowCandidate[]).push(...candidates.filter((c) => c.port === undefined));
      for (const group of groups) {
        const first = group[0] as FlowCandidate;
        const best = [...group].sort((a, b) => b.protocolWeight - a.protocolWeight).find((c) => c.protocol);
        let id = first.port !== undefined ? `${first.from}-${first.to}-${first.port}` : `${first.from}-${first.to}`;
        if (taken.has(id)) {
          let n = 2;
          while (taken.has(`${id}-${n}`)) n++;
          id = `${id}-${n}`;
        }
        taken.add(id);
        const flow: InferredFlow = { id, from: first.from, to: first.to };
        if (best?.protocol) flow.protocol = best.protocol;
        if (first.port !== undefined) flow.port = first.port;
        // A TLS scheme the protocol table does not know (rediss, amqps) says the flow is encrypted.
        if (group.some((c) => c.encrypted) && protocolEncryption(flow.protocol) === undefined) flow.encrypted = true;
        const data = [...new Set(group.flatMap((c) => c.data ?? []))];
        if (data.length > 0) flow.data = data;
        const reasons = [...new Set(group.map((c) => c.reason))];
        out.push({ value: flow, comment: reasons.join('; ') });
      }
    }
    return out;
  }

  /**
   * The model in reading order: boundaries from the outside in, actors before what they reach, flows from the
   * internet first and then in the order of the components they leave.
   */
  build(system: InferredModel['system'], input: InferredInput, diagnostics: Diagnostic[]): InferredModel {
    const boundaries = [...this.boundaries.values()].map((b, i) => ({ b, i }));
    const rank = (kind: string | undefined) => BOUNDARY_ORDER.indexOf(kind ?? '') + 1 || BOUNDARY_ORDER.length + 1;
    boundaries.sort((x, y) => rank(x.b.value.kind) - rank(y.b.value.kind) || x.i - y.i);
    const components = [...this.components.values()].map((c, i) => ({ c, i }));
    components.sort((x, y) => Number(y.c.value.kind === 'actor') - Number(x.c.value.kind === 'actor') || x.i - y.i);
    const order = new Map(components.map(({ c }, i) => [c.value.id, i]));
    const flows = this.flows().map((f, i) => ({ f, i }));
    flows.sort(
      (x, y) =>
        (order.get(x.f.value.from) ?? 0) - (order.get(y.f.value.from) ?? 0) ||
        (order.get(x.f.value.to) ?? 0) - (order.get(y.f.value.to) ?? 0) ||
        (x.f.value.port ?? 0) - (y.f.value.port ?? 0) ||
        x.i - y.i,
    );
    return {
      system,
      boundaries: boundaries.map(({ b }) => b),
      components: components.map(({ c }) => c),
      flows: flows.map(({ f }) => f),
      assets: [...this.assets.values()],
      input,
      diagnostics: [...diagnostics, ...this.diagnostics],
    };
  }
}
