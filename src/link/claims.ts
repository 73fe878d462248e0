import type { Location } from '../core/location.js';
import type { ResolvedModel } from '../model/model.js';
import type { Properties } from '../model/schema.js';
import type { ComponentEvidence, Evidence } from './evidence.js';

/** A statement in the model that the artifacts can confirm or contradict. */
export interface Claim {
  element: { id: string; type: 'component' | 'flow' | 'boundary' };
  claim: string;
  state: 'contradicted' | 'confirmed' | 'unverified';
  /** Where the model says it. */
  location?: Location;
  evidence: { ruleId: string; state: 'pass' | 'fail'; message?: string; location?: Location; target: string }[];
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

/** An encrypted flow is contradicted by plain HTTP published or served by the component it reaches. */
const PLAINTEXT_RULES = ['CO001', 'KS017'];

/** What dissolves an isolation boundary around a container: the engine socket, the host's root, privilege. */
const BOUNDARY_BREAKERS = ['RT021', 'RT020', 'RT001'];

export function checkClaims(model: ResolvedModel, evidence: Evidence): Claim[] {
  const claims: Claim[] = [];
  const judge = (ce: ComponentEvidence | undefined, rules: readonly string[]) => {
    const ev: Claim['evidence'] = [];
    for (const id of rules) {
      const r = ce?.rules.get(id);
      if (!r || r.state === 'error') continue;
      if (r.state === 'fail') {
        for (const f of r.findings) ev.push({ ruleId: id, state: 'fail', message: f.message, location: f.location, target: r.target });
      } else ev.push({ ruleId: id, state: 'pass', target: r.target });
    }
    const state: Claim['state'] = ev.some((e) => e.state === 'fail') ? 'contradicted' : ev.length > 0 ? 'confirmed' : 'unverified';
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
      ...judge(evidence.byComponent.get(f.to.id), PLAINTEXT_RULES),
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
