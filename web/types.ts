// The JSON the server sends (src/web/session.ts WebState, src/link/check.ts CheckReport): only what the page reads.
// Kept apart from the server's types so that browser code compiles without Node's.

export interface Location {
  uri: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  location?: Location;
}

export type VerifiedStatus =
  | 'verified-mitigated'
  | 'partially-mitigated'
  | 'unmitigated'
  | 'unverified'
  | 'accepted'
  | 'transferred'
  | 'not-applicable';

export interface EvidenceItem {
  control: string;
  ruleId: string;
  state: 'pass' | 'fail' | 'error';
  component: string;
  target: string;
  message?: string;
  location?: Location;
  logicalLocation?: { kind: string; name: string; path?: string };
}

export interface Threat {
  id: string;
  ruleId: string;
  category: string;
  title: string;
  description: string;
  element: { id: string; name: string; kind: string; type: 'component' | 'flow' };
  severity: string;
  likelihood: string;
  impact: string;
  mitigations: string[];
  status: VerifiedStatus;
  declaredStatus: string;
  statusSource: string;
  decision?: { status: string; justification?: string; owner?: string; expires?: string; expired: boolean };
  risk: number;
  controlStates: { control: string; state: string }[];
  evidence: EvidenceItem[];
  cwe: string[];
  capec: string[];
}

export interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  target: string;
  location?: Location;
  logicalLocation?: { kind: string; name: string; path?: string };
  suppressed?: { reason: string };
  evidence?: string;
}

export interface Control {
  id: string;
  title: string;
  state: string;
  components: string[];
}

export interface Claim {
  element: { id: string; type: string };
  claim: string;
  state: 'contradicted' | 'confirmed' | 'unverified';
  location?: Location;
  evidence: { ruleId: string; state: string; component: string; message?: string; target: string }[];
}

export interface Attacker {
  id: string;
  name: string;
  description?: string;
  motivation?: string;
  goals: string[];
  methods: string[];
  source: 'library' | 'model';
  reason?: string;
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
  covered: number;
}

export interface CheckReport {
  model: { uri: string; system: string; components: number; flows: number; linkedComponents: number };
  threats: Threat[];
  attackers: Attacker[];
  controls: Control[];
  findings: Finding[];
  claims: Claim[];
  plan: PlanItem[];
  coverage: {
    overall: CoverageRow;
    byCategory: Record<string, CoverageRow>;
    byComponent: Record<string, CoverageRow>;
  };
}

export interface WebState {
  file: string;
  text: string;
  version: string;
  diagnostics: Diagnostic[];
  report?: CheckReport;
  diagram?: { svg: string } | { error: string };
  artifacts: string[];
}
