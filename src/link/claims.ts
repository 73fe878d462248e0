import type { Location } from '../core/location.js';
import type { ResolvedFlow, ResolvedModel } from '../model/model.js';
import type { Properties } from '../model/schema.js';
import type { ComponentEvidence, Endpoints, Evidence } from './evidence.js';

/** A statement in the model that the artifacts can confirm or contradict. */
export interface Claim {
  element: { id: string; type: 'component' | 'flow' | 'boundary' };
  claim: string;
  state: 'contradicted' | 'confirmed' | 'unverified';
  /** Where the model says it. */
  location?: Location;
  evidence: {
    ruleId: string;
    state: 'pass' | 'fail';
    /** The component whose artifact the rule ran on. */
    component: string;
    message?: string;
    location?: Location;
    target: string;
  }[];
}

/** Component claims and the audit rules whose failure contradicts them. */
const PROPERTY_CLAIMS: { property: keyof Properties; value: boolean; rules: readonly string[] }[] = [
  { property: 'runsAsRoot', value: false, rules: ['DF001', 'IM001', 'RT003', 'RT005'] },
  { property: 'privileged', value: false, rules: ['RT001'] },
  { property: 'memoryLimit', value: true, rules: ['RT027'] },
  { property: 'readOnlyRootFilesystem', value: true, rules: ['RT032'] },
  { property: 'dropsAllCapabilities', value: true, rules: ['RT008'] },
  { property: 'mountsDockerSocket', value: false, rules: ['RT021'] },
];

/**
 * An encrypted flow is contradicted by plain HTTP published or served by the component it reaches: a compose port
 * (CO001) or an Ingress without TLS (KS017). Each rule speaks only for a component that has such an endpoint.
 */
const PLAINTEXT_RULE_ENDPOINTS: Readonly<Record<string, keyof Endpoints>> = {
  CO001: 'publishedPorts',
  KS017: 'ingress',
};
export const PLAINTEXT_RULES: readonly string[] = Object.keys(PLAINTEXT_RULE_ENDPOINTS);

/** Whether a plaintext rule's result on the component says anything: it has an endpoint of the kind the rule judges. */
export function plaintextRuleSpeaks(ruleId: string, ce: Pick<ComponentEvidence, 'endpoints'>): boolean {
  const endpoint = PLAINTEXT_RULE_ENDPOINTS[ruleId];
  return endpoint === undefined || ce.endpoints[endpoint];
}

const WEB_PROTOCOLS = new Set(['http', 'https', 'http2', 'h2', 'h2c', 'ws', 'wss']);
const WEB_PORTS = new Set([80, 443, 8080, 8443]);

/**
 * Whether a flow may be web traffic, the only traffic the plaintext rules look at: a compose project that publishes
 * no HTTP port, or an Ingress with TLS, says nothing about a database connection or syslog over UDP.
 */
export function mayCarryHttp(f: Pick<ResolvedFlow, 'protocol' | 'port'>): boolean {
  const protocol = f.protocol?.toLowerCase();
  if (protocol !== undefined && WEB_PROTOCOLS.has(protocol)) return true;
  if (f.port !== undefined)
    return WEB_PORTS.has(f.port) && (protocol === undefined || protocol === 'tcp' || protocol === 'tls');
  return protocol === undefined;
}

/** What dissolves an isolation boundary around a container: the engine socket, the host's root, privilege. */
const BOUNDARY_BREAKERS = ['RT021', 'RT020', 'RT001'];

export function checkClaims(model: ResolvedModel, evidence: Evidence): Claim[] {
  const claims: Claim[] = [];
  const judge = (ce: ComponentEvidence | undefined, rules: readonly string[]) => {
    const ev: Claim['evidence'] = [];
    if (!ce) return { state: 'unverified' as const, evidence: ev };
    for (const id of rules) {
      if (!plaintextRuleSpeaks(id, ce)) continue;
      const r = ce.rules.get(id);
      if (!r || r.state === 'error') continue;
      if (r.state === 'fail') {
        for (const f of r.findings)
          ev.push({
            ruleId: id,
            state: 'fail',
            component: ce.component.id,
            message: f.message,
            location: f.location,
            target: r.target,
          });
      } else ev.push({ ruleId: id, state: 'pass', component: ce.component.id, target: r.target });
    }
    const state: Claim['state'] = ev.some((e) => e.state === 'fail')
      ? 'contradicted'
      : ev.length > 0
        ? 'confirmed'
        : 'unverified';
    return { state, evidence: ev };
  };

  for (const c of model.components) {
    const ce = evidence.byComponent.get(c.id);
    for (const pc of PROPERTY_CLAIMS) {
      if (c.properties[pc.property] !== pc.value) continue;
      claims.push({
        element: { id: c.id, type: 'component' },
        claim: `${pc.property}: ${pc.value}`,
        location: c.propertyLocations[pc.property] ?? c.location,
        ...judge(ce, pc.rules),
      });
    }
  }
  for (const f of model.flows) {
    if (!f.encrypted) continue;
    claims.push({
      element: { id: f.id, type: 'flow' },
      claim: `encrypted${f.protocol ? ` (${f.protocol})` : ''}`,
      location: f.location,
      ...(mayCarryHttp(f)
        ? judge(evidence.byComponent.get(f.to.id), PLAINTEXT_RULES)
        : { state: 'unverified', evidence: [] }),
    });
  }
  for (const b of model.boundaries) {
    if (b.kind !== 'container' && b.kind !== 'host' && b.kind !== 'namespace') continue;
    const inside = model.components.filter((c) => c.boundaryChain.includes(b));
    const results = inside.map((c) => judge(evidence.byComponent.get(c.id), BOUNDARY_BREAKERS));
    const ev = results.flatMap((r) => r.evidence);
    if (inside.length === 0) continue;
    claims.push({
      element: { id: b.id, type: 'boundary' },
      claim: `${b.kind} boundary isolates ${inside.map((c) => c.id).join(', ')}`,
      location: b.location,
      state: ev.some((e) => e.state === 'fail') ? 'contradicted' : ev.length > 0 ? 'confirmed' : 'unverified',
      evidence: ev,
    });
  }
  return claims;
}
