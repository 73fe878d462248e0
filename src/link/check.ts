import type { Control } from '../catalogue/control.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { compareDiagnostics } from '../core/diagnostics.js';
import type { Finding } from '../core/finding.js';
import type { Location } from '../core/location.js';
import type { Level } from '../core/severity.js';
import { STRIDE_CATEGORIES, type StrideCategory } from '../core/stride.js';
import { type ResolvedComponent, type ResolvedModel, SENSITIVE_CLASSIFICATIONS } from '../model/model.js';
import { controlsWithRules } from '../rules/controls.js';
import type { Attacker } from '../stride/attackers/select.js';
import type { Threat } from '../stride/engine.js';
import { analyzeModel } from '../stride/report.js';
import { type Claim, checkClaims, mayCarryHttp, PLAINTEXT_RULES, plaintextRuleSpeaks } from './claims.js';
import { type ComponentEvidence, type Evidence, type EvidenceAuditOptions, gatherEvidence } from './evidence.js';
import type { VerifiedStatus } from './status.js';

export type ControlState = 'pass' | 'fail' | 'error' | 'manual' | 'unverified';

export type { VerifiedStatus } from './status.js';

export interface EvidenceItem {
  control: string;
  ruleId: string;
  state: 'pass' | 'fail' | 'error';
  component: string;
  target: string;
  message?: string;
  location?: Location;
  logicalLocation?: Finding['logicalLocation'];
}

export interface CheckedThreat extends Omit<Threat, 'status'> {
  status: VerifiedStatus;
  /** What the model itself said before evidence: open, mitigated (claimed), or a decision. */
  declaredStatus: Threat['status'];
  risk: number;
  controlStates: { control: string; state: ControlState }[];
  evidence: EvidenceItem[];
}

export interface CheckedControl {
  id: string;
  title: string;
  state: ControlState;
  benchmark?: Control['benchmark'];
  rules: readonly string[];
  components: string[];
  evidence: EvidenceItem[];
}

export interface PlanItem {
  control: string;
  title: string;
  remediation: string;
  closes: string[];
  risk: number;
  artifacts: string[];
}

export interface CoverageRow {
  threats: number;
  'verified-mitigated': number;
  'partially-mitigated': number;
  unmitigated: number;
  unverified: number;
  decided: number;
  /** Share of threats verified mitigated or decided, 0..1. */
  covered: number;
}

export interface CheckReport {
  model: { uri: string; system: string; components: number; flows: number; linkedComponents: number };
  threats: CheckedThreat[];
  attackers: Attacker[];
  controls: CheckedControl[];
  findings: Finding[];
  claims: Claim[];
  plan: PlanItem[];
  coverage: {
    overall: CoverageRow;
    byCategory: Record<StrideCategory, CoverageRow>;
    byComponent: Record<string, CoverageRow>;
  };
  diagnostics: Diagnostic[];
}

const LEVEL: Record<Level, number> = { low: 1, medium: 2, high: 3 };

/** Techs whose isolation every container on them depends on: a threat to them is judged with their containers. */
const HOST_TECHS = [
  'docker-daemon',
  'docker-host',
  'container-runtime',
  'kubelet',
  'kubernetes-node',
  'operating-system',
];

/**
 * Risk: likelihood x impact (1..9), one more when the element is reachable from the internet, one more when it handles
 * sensitive data, one more when a mitigating control is seen failing; capped at 10.
 *
 * The whole loop: threats from the model, evidence from the linked artifacts, each threat's status from the state
 * of its mitigating controls, claims checked, a risk per threat, and the plan that closes the most risk first.
 */
export async function checkModel(
  model: ResolvedModel,
  options: { cwd: string; today?: string; audit?: EvidenceAuditOptions },
): Promise<CheckReport> {
  const analysis = analyzeModel(model, { today: options.today });
  const evidence = await gatherEvidence(model, options.cwd, options.audit);
  const catalogue = new Map(controlsWithRules().map((c) => [c.id, c]));
  const components = new Map(model.components.map((c) => [c.id, c]));
  const flows = new Map(model.flows.map((f) => [f.id, f]));

  const controlAcc = new Map<string, { components: Set<string>; evidence: EvidenceItem[]; states: ControlState[] }>();
  const threats: CheckedThreat[] = analysis.threats.map((t) => {
    const scope = scopeOf(t, model, components, flows);
    const speaks = speaksFor(flows.get(t.element.id));
    const controlStates: CheckedThreat['controlStates'] = [];
    const items: EvidenceItem[] = [];
    for (const id of t.mitigations) {
      const control = catalogue.get(id);
      const { state, evidence: ev } = controlState(
        control,
        id,
        scope.map((c) => evidence.byComponent.get(c.id)),
        speaks,
      );
      controlStates.push({ control: id, state });
      items.push(...ev);
      const acc = controlAcc.get(id) ?? { components: new Set<string>(), evidence: [], states: [] };
      for (const c of scope) acc.components.add(c.id);
      acc.states.push(state);
      for (const e of ev) if (!acc.evidence.some((x) => sameEvidence(x, e))) acc.evidence.push(e);
      controlAcc.set(id, acc);
    }
    const status = statusOf(t, controlStates);
    const element = components.get(t.element.id);
    const flow = flows.get(t.element.id);
    const exposed = element?.internetFacing || flow?.fromInternet || flow?.to.internetFacing ? 1 : 0;
    const handles = (c: ResolvedComponent | undefined) =>
      !!c &&
      (c.data.some((a) => SENSITIVE_CLASSIFICATIONS.includes(a.classification)) ||
        [...c.inbound, ...c.outbound].some((f) =>
          f.data.some((a) => SENSITIVE_CLASSIFICATIONS.includes(a.classification)),
        ));
    const sensitive =
      handles(element) || flow?.data.some((a) => SENSITIVE_CLASSIFICATIONS.includes(a.classification)) ? 1 : 0;
    const failed = status === 'unmitigated' ? 1 : 0;
    const risk = Math.min(10, LEVEL[t.likelihood] * LEVEL[t.impact] + exposed + sensitive + failed);
    const { status: declaredStatus, ...rest } = t;
    return { ...rest, status, declaredStatus, risk, controlStates, evidence: items };
  });

  const controls: CheckedControl[] = [...controlAcc]
    .map(([id, acc]) => {
      const c = catalogue.get(id);
      return {
        id,
        title: c?.title ?? id,
        state: worst(acc.states),
        benchmark: c?.benchmark,
        rules: c?.rules ?? [],
        components: [...acc.components].sort(),
        evidence: acc.evidence,
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

  const plan = planOf(threats, catalogue);
  const claims = checkClaims(model, evidence);
  const diagnostics = [...analysis.diagnostics, ...evidence.diagnostics, ...evidence.audit.diagnostics].sort(
    compareDiagnostics,
  );
  return {
    model: {
      uri: model.uri,
      system: model.system.name,
      components: model.components.length,
      flows: model.flows.length,
      linkedComponents: [...evidence.byComponent.values()].filter((e) => e.linked).length,
    },
    threats,
    attackers: analysis.attackers,
    controls,
    findings: evidence.audit.findings,
    claims,
    plan,
    coverage: coverageOf(threats),
    diagnostics,
  };
}

function sameEvidence(a: EvidenceItem, b: EvidenceItem): boolean {
  return (
    a.ruleId === b.ruleId &&
    a.component === b.component &&
    a.target === b.target &&
    a.message === b.message &&
    a.state === b.state
  );
}

/** The components whose artifacts speak for a threat: its element, a flow's two ends, and a host's containers. */
function scopeOf(
  t: Threat,
  model: ResolvedModel,
  components: ReadonlyMap<string, ResolvedComponent>,
  flows: ReadonlyMap<string, ResolvedModel['flows'][number]>,
): ResolvedComponent[] {
  const flow = flows.get(t.element.id);
  if (flow) return [flow.to, flow.from];
  const c = components.get(t.element.id);
  if (!c) return [];
  const scope = [c];
  if (c.boundary && c.techTags.some((tag) => HOST_TECHS.includes(tag))) {
    // A privileged container breaks the isolation of its whole host: the host's threats are judged with its containers.
    for (const other of model.components) {
      if (other !== c && other.boundaryChain.includes(c.boundary)) scope.push(other);
    }
  }
  return scope;
}

/**
 * Which rule results speak for a threat. The plaintext-HTTP rules speak only for a component with an endpoint of
 * their kind, and on a flow only for its server end when the flow may be web traffic: that a compose project
 * publishes no plain HTTP does not encrypt its SQL, and an Ingress with TLS does not encrypt the hop behind it.
 */
function speaksFor(
  flow: ResolvedModel['flows'][number] | undefined,
): (ruleId: string, ce: ComponentEvidence) => boolean {
  const web = flow === undefined || mayCarryHttp(flow);
  return (ruleId, ce) =>
    !PLAINTEXT_RULES.includes(ruleId) ||
    (web && (flow === undefined || ce.component.id === flow.to.id) && plaintextRuleSpeaks(ruleId, ce));
}

function controlState(
  control: Control | undefined,
  id: string,
  scope: readonly (ComponentEvidence | undefined)[],
  speaks: (ruleId: string, ce: ComponentEvidence) => boolean,
): { state: ControlState; evidence: EvidenceItem[] } {
  const evidence: EvidenceItem[] = [];
  const states: ('pass' | 'fail' | 'error')[] = [];
  for (const ce of scope) {
    if (!ce) continue;
    for (const ruleId of control?.rules ?? []) {
      if (!speaks(ruleId, ce)) continue;
      const r = ce.rules.get(ruleId);
      if (!r) continue;
      states.push(r.state);
      if (r.state === 'fail') {
        for (const f of r.findings) {
          evidence.push({
            control: id,
            ruleId,
            state: 'fail',
            component: ce.component.id,
            target: r.target,
            message: f.message,
            location: f.location,
            logicalLocation: f.logicalLocation,
          });
        }
      } else {
        evidence.push({ control: id, ruleId, state: r.state, component: ce.component.id, target: r.target });
      }
    }
  }
  if (states.includes('fail')) return { state: 'fail', evidence };
  if (states.includes('error')) return { state: 'error', evidence };
  if (states.includes('pass')) return { state: 'pass', evidence };
  return { state: control?.benchmark?.assessment === 'manual' ? 'manual' : 'unverified', evidence };
}

function statusOf(t: Threat, states: readonly { state: ControlState }[]): VerifiedStatus {
  if (
    t.statusSource === 'decision' &&
    (t.status === 'accepted' || t.status === 'transferred' || t.status === 'not-applicable')
  ) {
    return t.status;
  }
  if (states.some((s) => s.state === 'fail')) return 'unmitigated';
  const passed = states.filter((s) => s.state === 'pass').length;
  if (passed > 0 && passed === states.length) return 'verified-mitigated';
  if (passed > 0) return 'partially-mitigated';
  return 'unverified';
}

function worst(states: readonly ControlState[]): ControlState {
  for (const s of ['fail', 'error', 'pass', 'manual'] as const) if (states.includes(s)) return s;
  return 'unverified';
}

/** Failing controls, ordered by the total risk of the unmitigated threats they would close. */
function planOf(threats: readonly CheckedThreat[], catalogue: ReadonlyMap<string, Control>): PlanItem[] {
  const items = new Map<string, PlanItem>();
  for (const t of threats) {
    if (t.status !== 'unmitigated') continue;
    for (const cs of t.controlStates) {
      if (cs.state !== 'fail') continue;
      const c = catalogue.get(cs.control);
      const item = items.get(cs.control) ?? {
        control: cs.control,
        title: c?.title ?? cs.control,
        remediation: c?.remediation ?? '',
        closes: [],
        risk: 0,
        artifacts: [],
      };
      item.closes.push(t.id);
      item.risk += t.risk;
      for (const e of t.evidence) {
        if (e.control === cs.control && e.state === 'fail') {
          const where = e.location?.uri ?? e.target;
          if (!item.artifacts.includes(where)) item.artifacts.push(where);
        }
      }
      items.set(cs.control, item);
    }
  }
  return [...items.values()]
    .map((i) => ({ ...i, artifacts: i.artifacts.sort() }))
    .sort((a, b) => b.risk - a.risk || b.closes.length - a.closes.length || a.control.localeCompare(b.control));
}

function emptyRow(): CoverageRow {
  return {
    threats: 0,
    'verified-mitigated': 0,
    'partially-mitigated': 0,
    unmitigated: 0,
    unverified: 0,
    decided: 0,
    covered: 0,
  };
}

function coverageOf(threats: readonly CheckedThreat[]): CheckReport['coverage'] {
  const overall = emptyRow();
  const byCategory = Object.fromEntries(STRIDE_CATEGORIES.map((c) => [c, emptyRow()])) as Record<
    StrideCategory,
    CoverageRow
  >;
  const byComponent: Record<string, CoverageRow> = {};
  const add = (row: CoverageRow, t: CheckedThreat) => {
    row.threats++;
    if (t.status === 'accepted' || t.status === 'transferred' || t.status === 'not-applicable') row.decided++;
    else row[t.status]++;
  };
  for (const t of threats) {
    add(overall, t);
    add(byCategory[t.category], t);
    byComponent[t.element.id] ??= emptyRow();
    add(byComponent[t.element.id] as CoverageRow, t);
  }
  for (const row of [overall, ...Object.values(byCategory), ...Object.values(byComponent)]) {
    row.covered = row.threats === 0 ? 1 : Number(((row['verified-mitigated'] + row.decided) / row.threats).toFixed(3));
  }
  return { overall, byCategory, byComponent };
}
