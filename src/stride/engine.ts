import type { Diagnostic } from '../core/diagnostics.js';
import type { Location } from '../core/location.js';
import { type Level, riskSeverity, type Severity, severityRank } from '../core/severity.js';
import { STRIDE_CATEGORIES, type StrideCategory } from '../core/stride.js';
import type { ResolvedComponent, ResolvedElement, ResolvedFlow, ResolvedModel } from '../model/model.js';
import type { DecisionStatus } from '../model/schema.js';
import { matchesComponent, matchesFlow, type PredicateContext } from './predicate.js';
import { fillTemplate, type ThreatRule } from './rule.js';

export interface Threat {
  /** `<rule id>@<element id>`: stable across runs and across edits elsewhere in the model. */
  id: string;
  ruleId: string;
  ruleName: string;
  category: StrideCategory;
  title: string;
  description: string;
  element: { id: string; name: string; kind: string; type: 'component' | 'flow' };
  severity: Severity;
  likelihood: Level;
  impact: Level;
  /** Control ids that mitigate the threat. */
  mitigations: string[];
  status: DecisionStatus;
  /** Why the status is what it is: a decision in the model, a declared mitigation, or nothing yet. */
  statusSource: 'decision' | 'model-mitigation' | 'default';
  decision?: { status: DecisionStatus; justification?: string; owner?: string; expires?: string; expired: boolean };
  /** Ids of the model's mitigations that claim to address this threat. */
  claimedBy: string[];
  cwe: string[];
  capec: string[];
  location?: Location;
}

export interface ThreatResult {
  threats: Threat[];
  diagnostics: Diagnostic[];
}

export interface GenerateOptions {
  /** Today as YYYY-MM-DD, for decision expiry. */
  today?: string;
}

/**
 * Runs every threat rule over the model's elements. A rule whose predicate throws is reported as a `rule-error`
 * diagnostic naming the rule; it never silently counts as "no threat".
 */
export function generateThreats(
  model: ResolvedModel,
  rules: readonly ThreatRule[],
  options: GenerateOptions = {},
): ThreatResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const ctx: PredicateContext = { components: model.components, modelHasCache: new WeakMap() };
  const diagnostics: Diagnostic[] = [];
  const threats: Threat[] = [];
  for (const rule of rules) {
    const elements: readonly ResolvedElement[] = rule.target === 'component' ? model.components : model.flows;
    for (const element of elements) {
      let applies: boolean;
      try {
        applies =
          rule.target === 'component'
            ? matchesComponent(rule.appliesTo, element as ResolvedComponent, ctx)
            : matchesFlow(rule.appliesTo, element as ResolvedFlow, ctx);
      } catch (err) {
        diagnostics.push({
          code: 'rule-error',
          severity: 'error',
          message: `threat rule ${rule.id} failed on ${element.id}: ${(err as Error).message}`,
          location: element.location,
        });
        continue;
      }
      if (!applies) continue;
      try {
        threats.push(makeThreat(rule, element, model, today));
      } catch (err) {
        diagnostics.push({
          code: 'rule-error',
          severity: 'error',
          message: `threat rule ${rule.id} failed on ${element.id}: ${(err as Error).message}`,
          location: element.location,
        });
      }
    }
  }
  const known = new Set(threats.map((t) => t.id));
  const ruleIds = new Set(rules.map((r) => r.id));
  for (const d of model.decisions) {
    if (!known.has(d.threat)) {
      diagnostics.push({
        code: 'unknown-threat',
        severity: 'warning',
        message: `decision for "${d.threat}", which is not a threat of this model${ruleIds.has(d.threat.split('@')[0] ?? '') ? '' : ' (no such rule)'}`,
        location: d.location,
      });
    }
  }
  // Model order: element, then STRIDE category, then rule id.
  const order = new Map<string, number>();
  for (const c of model.components) order.set(c.id, c.order);
  for (const f of model.flows) order.set(f.id, model.components.length + f.order);
  threats.sort(
    (a, b) =>
      (order.get(a.element.id) ?? 0) - (order.get(b.element.id) ?? 0) ||
      STRIDE_CATEGORIES.indexOf(a.category) - STRIDE_CATEGORIES.indexOf(b.category) ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return { threats, diagnostics };
}

function makeThreat(rule: ThreatRule, element: ResolvedElement, model: ResolvedModel, today: string): Threat {
  const values = templateValues(element);
  const id = `${rule.id}@${element.id}`;
  const claimedBy = model.mitigations
    .filter((m) => (m.threats ?? []).some((t) => t === id || t === rule.id))
    .map((m) => m.id);
  const decision = model.decisions.find((d) => d.threat === id);
  const expired = decision?.expires !== undefined && decision.expires < today;
  let status: DecisionStatus = 'open';
  let statusSource: Threat['statusSource'] = 'default';
  if (decision && !expired) {
    status = decision.status;
    statusSource = 'decision';
  } else if (claimedBy.length > 0) {
    status = 'mitigated';
    statusSource = 'model-mitigation';
  }
  const threat: Threat = {
    id,
    ruleId: rule.id,
    ruleName: rule.name,
    category: rule.category,
    title: fillTemplate(rule.title, values),
    description: fillTemplate(rule.description, values),
    element: {
      id: element.id,
      name: element.name,
      kind: element.kind,
      type: element.elementType,
    },
    severity: riskSeverity(rule.likelihood, rule.impact),
    likelihood: rule.likelihood,
    impact: rule.impact,
    mitigations: [...rule.mitigations],
    status,
    statusSource,
    claimedBy,
    cwe: rule.cwe.map((n) => `CWE-${n}`),
    capec: rule.capec.map((n) => `CAPEC-${n}`),
  };
  if (decision) {
    threat.decision = {
      status: decision.status,
      justification: decision.justification,
      owner: decision.owner,
      expires: decision.expires,
      expired,
    };
  }
  if (element.location) threat.location = element.location;
  return threat;
}

function templateValues(element: ResolvedElement): Record<string, string> {
  if (element.elementType === 'component') {
    return {
      id: element.id,
      name: element.name,
      kind: element.kind,
      tech: element.tech ?? element.kind,
      boundary: element.boundary?.name ?? 'no boundary',
    };
  }
  return {
    id: element.id,
    name: element.name,
    kind: 'flow',
    from: element.from.name,
    to: element.to.name,
    protocol: element.protocol ?? 'an unspecified protocol',
    port: element.port === undefined ? 'an unspecified port' : String(element.port),
    data: element.data.length > 0 ? element.data.map((a) => a.name).join(', ') : 'unspecified data',
  };
}

export function countBySeverity(threats: readonly Threat[]): Record<Severity, number> {
  const out: Record<Severity, number> = { info: 0, low: 0, medium: 0, high: 0, critical: 0 };
  for (const t of threats) out[t.severity]++;
  return out;
}

export function highestSeverity(threats: readonly Threat[]): Severity | undefined {
  let best: Severity | undefined;
  for (const t of threats) if (!best || severityRank(t.severity) > severityRank(best)) best = t.severity;
  return best;
}
