import type { ResolvedComponent, ResolvedFlow } from '../model/model.js';
import type { BoundaryKind, Classification, ComponentKind, Properties } from '../model/schema.js';

/**
 * Declarative, typed conditions that say which elements a threat rule applies to. They are data (printable,
 * serialisable, checked by the compiler) and are interpreted here; nothing is ever evaluated from a string.
 */
export type ComponentPredicate =
  | { kind: ComponentKind | readonly ComponentKind[] }
  /** The component's tech, or one of its families (`sql-database` matches postgres). */
  | { tech: string | readonly string[] }
  /** A property is set; with `equals`, set to that value; for lists, `includes` one of the given values. */
  | { property: keyof Properties; equals?: string | number | boolean; includes?: string | readonly string[] }
  | { internetFacing: boolean }
  | { inInternet: boolean }
  /** Sits, at any depth, inside a boundary of this kind. */
  | { inBoundary: BoundaryKind | readonly BoundaryKind[] }
  /** Stores or processes assets of these classifications (its own data or data on any of its flows). */
  | { handles: Classification | readonly Classification[] }
  /** Stores assets of these classifications (its own `data`). */
  | { stores: Classification | readonly Classification[] }
  | { inbound: FlowPredicate }
  | { outbound: FlowPredicate }
  /** Some component of the model (possibly this one) matches. */
  | { modelHas: ComponentPredicate }
  | { all: readonly ComponentPredicate[] }
  | { any: readonly ComponentPredicate[] }
  | { not: ComponentPredicate };

export type FlowPredicate =
  | { protocol: string | readonly string[] }
  | { port: number | readonly number[] }
  | { encrypted: boolean }
  /** `authenticated: false` matches flows not declared authenticated. */
  | { authenticated: boolean }
  | { crossesBoundary: boolean }
  | { fromInternet: boolean }
  | { carries: Classification | readonly Classification[] }
  | { source: ComponentPredicate }
  | { target: ComponentPredicate }
  | { all: readonly FlowPredicate[] }
  | { any: readonly FlowPredicate[] }
  | { not: FlowPredicate };

const list = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? v : [v as T]);

export interface PredicateContext {
  components: readonly ResolvedComponent[];
  /** `modelHas` answers per predicate object: they do not depend on the element, so each is computed once. */
  modelHasCache?: WeakMap<ComponentPredicate, boolean>;
}

export function matchesComponent(p: ComponentPredicate, c: ResolvedComponent, ctx: PredicateContext): boolean {
  if ('all' in p) return p.all.every((q) => matchesComponent(q, c, ctx));
  if ('any' in p) return p.any.some((q) => matchesComponent(q, c, ctx));
  if ('not' in p) return !matchesComponent(p.not, c, ctx);
  if ('kind' in p) return list(p.kind).includes(c.kind);
  if ('tech' in p) return list(p.tech).some((t) => c.techTags.includes(t));
  if ('property' in p) return matchesProperty(c.properties[p.property], p);
  if ('internetFacing' in p) return c.internetFacing === p.internetFacing;
  if ('inInternet' in p) return c.inInternet === p.inInternet;
  if ('inBoundary' in p)
    return c.boundaryChain.some((b) => b.kind !== undefined && list(p.inBoundary).includes(b.kind));
  if ('stores' in p) return c.data.some((a) => list(p.stores).includes(a.classification));
  if ('handles' in p) {
    const wanted = list(p.handles);
    return (
      c.data.some((a) => wanted.includes(a.classification)) ||
      [...c.inbound, ...c.outbound].some((f) => f.data.some((a) => wanted.includes(a.classification)))
    );
  }
  if ('inbound' in p) return c.inbound.some((f) => matchesFlow(p.inbound, f, ctx));
  if ('outbound' in p) return c.outbound.some((f) => matchesFlow(p.outbound, f, ctx));
  if ('modelHas' in p) {
    const cached = ctx.modelHasCache?.get(p);
    if (cached !== undefined) return cached;
    const answer = ctx.components.some((other) => matchesComponent(p.modelHas, other, ctx));
    ctx.modelHasCache?.set(p, answer);
    return answer;
  }
  return unreachable(p);
}

function matchesProperty(
  value: Properties[keyof Properties],
  p: { equals?: string | number | boolean; includes?: string | readonly string[] },
): boolean {
  if (value === undefined) return false;
  if (p.includes !== undefined) {
    const have = Array.isArray(value) ? value.map((v) => String(v).toUpperCase()) : [];
    return list(p.includes).some((w) => have.includes(w.toUpperCase()));
  }
  if (p.equals !== undefined) return value === p.equals;
  return Array.isArray(value) ? value.length > 0 : value !== false;
}

export function matchesFlow(p: FlowPredicate, f: ResolvedFlow, ctx: PredicateContext): boolean {
  if ('all' in p) return p.all.every((q) => matchesFlow(q, f, ctx));
  if ('any' in p) return p.any.some((q) => matchesFlow(q, f, ctx));
  if ('not' in p) return !matchesFlow(p.not, f, ctx);
  if ('protocol' in p) return f.protocol !== undefined && list(p.protocol).includes(f.protocol);
  if ('port' in p) return f.port !== undefined && list(p.port).includes(f.port);
  if ('encrypted' in p) return f.encrypted === p.encrypted;
  if ('authenticated' in p) return (f.authenticated === true) === p.authenticated;
  if ('crossesBoundary' in p) return f.crossesBoundary === p.crossesBoundary;
  if ('fromInternet' in p) return f.fromInternet === p.fromInternet;
  if ('carries' in p) return f.data.some((a) => list(p.carries).includes(a.classification));
  if ('source' in p) return matchesComponent(p.source, f.from, ctx);
  if ('target' in p) return matchesComponent(p.target, f.to, ctx);
  return unreachable(p);
}

function unreachable(p: never): never {
  throw new Error(`unknown predicate ${JSON.stringify(p)}`);
}
