import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findControl } from '../catalogue/index.js';
import type { Diagnostic } from '../core/diagnostics.js';
import type { Finding, LogicalLocation } from '../core/finding.js';
import { jsonChunks } from '../core/json-chunks.js';
import type { Location } from '../core/location.js';
import { redact } from '../core/redact.js';
import { riskSeverity, type Severity } from '../core/severity.js';
import { STRIDE_TITLE, type StrideCategory } from '../core/stride.js';
import type { CheckedThreat, CheckReport, EvidenceItem, VerifiedStatus } from '../link/check.js';
import type { AuditResult } from '../rules/audit.js';
import { findAuditRule } from '../rules/index.js';
import type { AuditRule, Framework } from '../rules/rule.js';
import type { Threat } from '../stride/engine.js';
import type { ThreatReport } from '../stride/report.js';
import type { ThreatRule } from '../stride/rule.js';
import { THREAT_RULES } from '../stride/rules/index.js';
import { Fingerprinter } from './fingerprint.js';

export interface SarifOptions {
  /** directory the artifact URIs are relative to (becomes %SRCROOT%) */
  srcRoot: string;
  toolVersion: string;
}

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The project's home, used as the tool's informationUri; one string everywhere so that output stays byte-identical. */
export const STRIDEBENCH_HOMEPAGE = 'https://github.com/stridebench/stridebench';
const SRCROOT = '%SRCROOT%';

type SarifLevel = 'error' | 'warning' | 'note' | 'none';
type ResultKind = 'fail' | 'pass' | 'review';

const LEVEL: Record<Severity, SarifLevel> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning reads `security-severity` as a CVSS-like score: >= 9 critical, >= 7 high, >= 4 medium. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};

const FRAMEWORK_TAG: Record<Framework, string> = {
  'cis-docker-1.6.0': 'CIS-Docker-1.6.0',
  'cis-kubernetes-1.12.0': 'CIS-Kubernetes-1.12.0',
  design: 'design',
};

const FRAMEWORK_TITLE: Record<Framework, string> = {
  'cis-docker-1.6.0': 'CIS Docker Benchmark 1.6.0',
  'cis-kubernetes-1.12.0': 'CIS Kubernetes Benchmark 1.12.0',
  design: 'stridebench design mitigation',
};

/** SARIF's own vocabulary for logical locations (§3.33.7); ours is finer, so several map to `object`. */
const LOGICAL_KIND: Record<LogicalLocation['kind'], string> = {
  container: 'object',
  image: 'object',
  daemon: 'object',
  host: 'object',
  cluster: 'namespace',
  resource: 'resource',
};

interface SarifMessage {
  text: string;
}
interface SarifArtifactLocation {
  uri: string;
  uriBaseId?: string;
}
interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifLogicalLocation {
  name: string;
  fullyQualifiedName: string;
  kind: string;
}
interface SarifLocation {
  id?: number;
  physicalLocation?: { artifactLocation: SarifArtifactLocation; region?: SarifRegion };
  logicalLocations?: SarifLogicalLocation[];
  message?: SarifMessage;
}
interface SarifSuppression {
  kind: 'inSource' | 'external';
  status: 'accepted';
  justification: string;
  location?: SarifLocation;
}
interface SarifResult {
  ruleId: string;
  kind: ResultKind;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: SarifSuppression[];
  properties?: Record<string, unknown>;
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: Record<string, unknown>;
}
interface SarifNotification {
  level: 'error' | 'warning';
  message: SarifMessage;
  descriptor: { id: string };
  locations?: SarifLocation[];
}

export function renderThreatsSarif(report: ThreatReport, options: SarifOptions): string {
  const run = new RunBuilder(options, 'threats');
  for (const t of report.threats) {
    const decided = decisionSuppression(t, t.status);
    // A mitigation the model claims is taken at its word here: `threats` answers "what could go wrong" from the model
    // alone, and `check` is where a claim meets the evidence.
    const kind: ResultKind = t.status === 'mitigated' ? 'pass' : 'fail';
    run.addResult(threatRuleDescriptor(t), {
      ruleId: t.ruleId,
      kind,
      level: kind === 'fail' ? LEVEL[t.severity] : 'none',
      message: { text: `${t.title} (${t.element.type} ${t.element.name}: ${t.status})` },
      locations: run.locations(t.location, undefined, report.model?.uri ?? ''),
      partialFingerprints: run.fingerprint([t.ruleId, run.where(t.location, undefined, report.model?.uri), t.id]),
      ...(decided ? { suppressions: [decided] } : {}),
      properties: threatProperties(t, t.status),
    });
  }
  return run.render(report.diagnostics);
}

export function renderAuditSarif(result: AuditResult, options: SarifOptions): string {
  return [...renderAuditSarifChunks(result, options)].join('');
}

/** `renderAuditSarif` in pieces, for writing a large audit without holding its whole log as one string. */
export function renderAuditSarifChunks(result: AuditResult, options: SarifOptions): Iterable<string> {
  const run = new RunBuilder(options, 'audit');
  for (const f of result.findings) run.addFinding(f);
  // A control that a person has to judge is reported as such (kind `review`), never silently passed.
  for (const c of result.checks) {
    if (c.state !== 'manual') continue;
    const rule = findAuditRule(c.ruleId);
    run.addResult(auditRuleDescriptor(c.ruleId, rule), {
      ruleId: c.ruleId,
      kind: 'review',
      level: 'none',
      message: { text: `${rule?.meta.title ?? c.ruleId}: ${c.message ?? 'to be judged by a person'}` },
      locations: run.locations(undefined, undefined, c.target),
      partialFingerprints: run.fingerprint([c.ruleId, run.where(undefined, undefined, c.target), 'manual']),
      properties: { target: c.target, state: 'manual' },
    });
  }
  const ruleErrors = result.checks.some((c) => c.state === 'error');
  return run.chunks(result.diagnostics, ruleErrors);
}

/**
 * One run with two kinds of result: each threat under its threat rule, with the status the evidence gives it, and
 * each audit finding of the linked artifacts under its audit rule, naming the threats it leaves open. A threat's
 * failing evidence is linked to it as related locations.
 */
export function renderCheckSarif(report: CheckReport, options: SarifOptions): string {
  const run = new RunBuilder(options, 'check');
  const openedBy = new Map<string, string[]>();
  for (const t of report.threats) {
    for (const e of t.evidence) {
      if (e.state !== 'fail') continue;
      const key = evidenceKey(e.ruleId, e.target, e.message, e.location);
      const ids = openedBy.get(key) ?? [];
      if (!ids.includes(t.id)) ids.push(t.id);
      openedBy.set(key, ids);
    }
  }
  for (const t of report.threats) {
    const { kind, level } = checkedOutcome(t);
    const decided = decisionSuppression(t, t.status);
    const failing = t.controlStates.filter((c) => c.state === 'fail').map((c) => c.control);
    const related = relatedEvidence(run, t.evidence);
    run.addResult(threatRuleDescriptor(t), {
      ruleId: t.ruleId,
      kind,
      level,
      message: {
        text: `${t.title} (${t.element.type} ${t.element.name}: ${t.status}${failing.length > 0 ? `; failing controls: ${failing.join(', ')}` : ''})`,
      },
      locations: run.locations(t.location, undefined, report.model.uri),
      ...(related.length > 0 ? { relatedLocations: related } : {}),
      partialFingerprints: run.fingerprint([t.ruleId, run.where(t.location, undefined, report.model.uri), t.id]),
      ...(decided ? { suppressions: [decided] } : {}),
      properties: {
        ...threatProperties(t, t.status),
        risk: t.risk,
        controls: t.controlStates.map((c) => ({ control: c.control, state: c.state })),
      },
    });
  }
  for (const f of report.findings) {
    const threats = openedBy.get(evidenceKey(f.ruleId, f.target, f.message, f.location));
    run.addFinding(f, threats ? { threats: [...threats].sort() } : {});
  }
  // A claim of the model that the artifacts contradict, at the model's line, with the failing evidence beside it.
  for (const c of report.claims) {
    if (c.state !== 'contradicted') continue;
    const related: SarifLocation[] = [];
    for (const e of c.evidence) {
      if (e.state !== 'fail') continue;
      const [loc] = run.locations(e.location, undefined, e.target);
      if (loc)
        related.push({ id: related.length + 1, ...loc, message: { text: `${e.ruleId}: ${e.message ?? 'fails'}` } });
    }
    run.addResult(CLAIM_RULE, {
      ruleId: CLAIM_RULE.id,
      kind: 'fail',
      level: 'warning',
      message: { text: `${c.element.type} ${c.element.id} claims "${c.claim}"; its artifacts say otherwise` },
      locations: run.locations(c.location, undefined, report.model.uri),
      ...(related.length > 0 ? { relatedLocations: related } : {}),
      partialFingerprints: run.fingerprint([CLAIM_RULE.id, c.element.type, c.element.id, c.claim]),
      properties: { element: c.element, claim: c.claim },
    });
  }
  return run.render(report.diagnostics);
}

/** The rule contradicted claims are filed under: the model says one thing, the audited artifacts another. */
const CLAIM_RULE: SarifRule = {
  id: 'claim-contradicted',
  name: 'ClaimContradicted',
  shortDescription: { text: 'A claim of the threat model is contradicted by its artifacts' },
  fullDescription: {
    text: 'The model states a property of an element (runsAsRoot: false, memoryLimit: true, an encrypted flow, a container boundary) and an audit rule on the artifacts the element links fails on exactly that property. Threats judged from the claim are judged wrongly until the model or the artifact is corrected.',
  },
  help: {
    text: 'Fix the artifact so that the claim holds (the related locations show where it fails), or correct the claim in the model.',
    markdown:
      'Fix the artifact so that the claim holds (the related locations show where it fails), or correct the claim in the model.',
  },
  defaultConfiguration: { level: 'warning' },
  properties: { tags: ['security', 'threat-model'], 'security-severity': '5.5' },
};

/**
 * How a checked threat shows in SARIF. Verified mitigation is a `pass`; nothing seen either way is `review` (a person
 * has to look); a partial mitigation fails one level below an unmitigated one. A decision (accepted, transferred,
 * not applicable) stays a `fail` at its own level but carries an external suppression with the justification: the
 * threat still exists and someone chose to live with it, which is what a SARIF suppression records (and what
 * viewers show as a closed alert with its reason), whereas `pass` would claim a control was seen working.
 * Microsoft's validator and GitHub's ingestion rules (both run in test/sarif-validate.test.ts) accept all of these;
 * GitHub does not document `kind`, so a consumer that wants alerts only keeps `fail` results without suppressions.
 */
function checkedOutcome(t: CheckedThreat): { kind: ResultKind; level: SarifLevel } {
  switch (t.status) {
    case 'verified-mitigated':
      return { kind: 'pass', level: 'none' };
    case 'unverified':
      return { kind: 'review', level: 'none' };
    case 'partially-mitigated':
      return { kind: 'fail', level: lower(LEVEL[t.severity]) };
    default:
      return { kind: 'fail', level: LEVEL[t.severity] };
  }
}

function lower(level: SarifLevel): SarifLevel {
  return level === 'error' ? 'warning' : level === 'warning' ? 'note' : level;
}

function decisionSuppression(t: Threat | CheckedThreat, status: Threat['status'] | VerifiedStatus) {
  if (t.statusSource !== 'decision' || !t.decision) return undefined;
  if (status !== 'accepted' && status !== 'transferred' && status !== 'not-applicable') return undefined;
  const d = t.decision;
  const suppression: SarifSuppression = {
    // The decision lives in the threat model, not at the element's span: an external suppression.
    kind: 'external',
    status: 'accepted',
    justification: `${d.status}: ${redact(d.justification ?? '(no justification given)')}${d.owner ? ` (owner: ${d.owner})` : ''}${d.expires ? ` (until ${d.expires})` : ''}`,
  };
  return suppression;
}

function threatProperties(t: Threat | CheckedThreat, status: string): Record<string, unknown> {
  return {
    threatId: t.id,
    category: t.category,
    element: t.element.id,
    status,
    severity: t.severity,
    mitigations: [...t.mitigations],
  };
}

function evidenceKey(ruleId: string, target: string, message: string | undefined, l: Location | undefined): string {
  return [ruleId, target, message ?? '', l ? `${l.uri}:${l.startLine}:${l.startColumn}` : ''].join('\u0000');
}

/** A threat's failing evidence, one related location per finding, naming the controls it fails. */
function relatedEvidence(run: RunBuilder, evidence: readonly EvidenceItem[]): SarifLocation[] {
  const byFinding = new Map<string, { item: EvidenceItem; controls: string[] }>();
  for (const e of evidence) {
    if (e.state !== 'fail') continue;
    const key = evidenceKey(e.ruleId, e.target, e.message, e.location);
    const entry = byFinding.get(key) ?? { item: e, controls: [] };
    if (!entry.controls.includes(e.control)) entry.controls.push(e.control);
    byFinding.set(key, entry);
  }
  const out: SarifLocation[] = [];
  for (const { item, controls } of byFinding.values()) {
    const [loc] = run.locations(item.location, item.logicalLocation, item.target);
    if (!loc) continue;
    const text = `${item.ruleId} (${controls.join(', ')}): ${item.message ?? 'fails'}`;
    out.push({ id: out.length + 1, ...loc, message: { text } });
  }
  return out;
}

/** The key of stridebench's entry in `partialFingerprints`; the suffix changes if the recipe ever does. */
const FINGERPRINT_KEY = 'stridebench/v1';

/** Collects the rules and results of one run; rule indexes and the JSON are made once, at the end. */
class RunBuilder {
  readonly #rules = new Map<string, SarifRule>();
  readonly #results: SarifResult[] = [];
  readonly #fingerprints = new Fingerprinter();
  readonly #root: string;

  constructor(
    readonly options: SarifOptions,
    readonly command: 'threats' | 'audit' | 'check',
  ) {
    this.#root = resolve(options.srcRoot);
  }

  addResult(rule: SarifRule, result: SarifResult): void {
    if (!this.#rules.has(rule.id)) this.#rules.set(rule.id, rule);
    this.#results.push(result);
  }

  addFinding(f: Finding, extra: Record<string, unknown> = {}): void {
    const rule = findAuditRule(f.ruleId);
    const suppressions: SarifSuppression[] | undefined = f.suppressed
      ? [
          {
            // An inline `stridebench:ignore` comment (or annotation) in the artifact itself is `inSource`; an ignore
            // in stridebench.yaml lives elsewhere: `external`.
            kind: f.suppressed.location && f.suppressed.location.uri !== f.location?.uri ? 'external' : 'inSource',
            status: 'accepted',
            // Reasons are free text from the artifact: redacted like every other string that comes from it.
            justification: redact(f.suppressed.reason),
            ...(f.suppressed.location ? { location: this.locations(f.suppressed.location, undefined, '')[0] } : {}),
          },
        ]
      : undefined;
    this.addResult(auditRuleDescriptor(f.ruleId, rule), {
      ruleId: f.ruleId,
      kind: 'fail',
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: this.locations(f.location, f.logicalLocation, f.target),
      partialFingerprints: this.fingerprint([
        f.ruleId,
        this.where(f.location, f.logicalLocation, f.target),
        f.message,
        f.evidence ?? '',
      ]),
      ...(suppressions ? { suppressions } : {}),
      properties: {
        target: f.target,
        severity: f.severity,
        ...(f.evidence !== undefined ? { evidence: f.evidence } : {}),
        ...extra,
      },
    });
  }

  fingerprint(parts: readonly string[]): Record<string, string> {
    return { [FINGERPRINT_KEY]: this.#fingerprints.next(parts) };
  }

  /** What a fingerprint knows of a place: the artifact or the live object, never a line. */
  where(location: Location | undefined, logical: LogicalLocation | undefined, target: string | undefined): string {
    if (location && isFileUri(location.uri)) return this.artifact(location.uri).uri;
    if (logical) return logicalLocation(logical).fullyQualifiedName;
    if (target) return isFileUri(target) ? this.artifact(target).uri : target;
    return '';
  }

  /**
   * A file span becomes a physical location; a live target (a container, a daemon setting, a cluster object) a
   * logical one, never an invented line. A finding in a file that also names its setting (daemon.json) has both.
   */
  locations(location: Location | undefined, logical: LogicalLocation | undefined, target: string): SarifLocation[] {
    const loc: SarifLocation = {};
    if (location && isFileUri(location.uri)) {
      loc.physicalLocation = {
        artifactLocation: this.artifact(location.uri),
        region: {
          startLine: location.startLine,
          startColumn: location.startColumn,
          endLine: location.endLine,
          endColumn: location.endColumn,
        },
      };
    } else if (!logical && target && isFileUri(target)) {
      loc.physicalLocation = { artifactLocation: this.artifact(target) };
    }
    if (logical) loc.logicalLocations = [logicalLocation(logical)];
    else if (!loc.physicalLocation && target) {
      loc.logicalLocations = [{ name: target, fullyQualifiedName: target, kind: 'object' }];
    }
    return loc.physicalLocation || loc.logicalLocations ? [loc] : [];
  }

  /** Relative to %SRCROOT% with forward slashes and each segment URI-encoded; outside it, an absolute file URI. */
  artifact(uri: string): SarifArtifactLocation {
    const abs = resolve(this.#root, uri);
    const rel = relative(this.#root, abs);
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      return { uri: pathToFileURL(abs).href };
    }
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  }

  render(diagnostics: readonly Diagnostic[], ruleErrors = false): string {
    return [...this.chunks(diagnostics, ruleErrors)].join('');
  }

  /** The log in pieces, result by result (see jsonChunks): the same bytes as `render`. */
  chunks(diagnostics: readonly Diagnostic[], ruleErrors = false): Iterable<string> {
    // Rules sorted by id (plain code-unit order, the same under every locale), results in the order they came.
    const ids = [...this.#rules.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const index = new Map(ids.map((id, i) => [id, i]));
    const results = this.#results.map(({ ruleId, ...rest }) => ({ ruleId, ruleIndex: index.get(ruleId), ...rest }));
    const notifications: SarifNotification[] = diagnostics.map((d) => {
      const locations = this.locations(d.location, undefined, '');
      return {
        level: d.severity,
        message: { text: d.message },
        descriptor: { id: d.code },
        ...(locations.length > 0 ? { locations } : {}),
      };
    });
    const root = pathToFileURL(this.#root).href;
    const semver = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?$/.test(this.options.toolVersion);
    const log = {
      $schema: SCHEMA,
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'stridebench',
              fullName: `stridebench ${this.options.toolVersion}`,
              version: this.options.toolVersion,
              ...(semver ? { semanticVersion: this.options.toolVersion } : {}),
              informationUri: STRIDEBENCH_HOMEPAGE,
              rules: ids.map((id) => this.#rules.get(id)),
            },
          },
          // No start or end times: the same input gives the same bytes.
          invocations: [
            {
              executionSuccessful: !ruleErrors && !diagnostics.some((d) => d.severity === 'error'),
              ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
            },
          ],
          // GitHub code scanning keeps one set of alerts per category: threats, audit and check do not replace
          // each other's.
          automationDetails: { id: `stridebench/${this.command}/` },
          // The one absolute path in the log: the same for the same checkout, and what lets a viewer open the files.
          originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
          columnKind: 'utf16CodeUnits',
          results,
        },
      ],
    };
    // log → runs → run → results → one result: each result is written whole, none of them all at once.
    return jsonChunks(log, 4);
  }
}

/** File paths as given, versus live targets (`kube:prod`, `container:web`, `engine:unix:///…`) and standard input. */
function isFileUri(uri: string): boolean {
  return uri !== '' && uri !== '-' && !/^[A-Za-z][A-Za-z0-9+.-]+:/.test(uri);
}

function logicalLocation(l: LogicalLocation): SarifLogicalLocation {
  return {
    name: l.path ?? l.name,
    fullyQualifiedName: `${l.kind} ${l.name}${l.path ? ` ${l.path}` : ''}`,
    kind: l.path ? 'property' : LOGICAL_KIND[l.kind],
  };
}

function cisTag(framework: Framework, section: string): string {
  return `${FRAMEWORK_TAG[framework]}:${section}`;
}

function controlTag(id: string): string {
  const c = findControl(id);
  if (c?.benchmark) {
    const name = c.benchmark.name === 'cis-docker' ? 'CIS-Docker' : 'CIS-Kubernetes';
    return `${name}-${c.benchmark.version}:${c.benchmark.section}`;
  }
  return id;
}

const ruleCache = new Map<string, SarifRule>();

function auditRuleDescriptor(id: string, rule: AuditRule<never, string> | undefined): SarifRule {
  const key = `audit\u0000${id}`;
  const cached = ruleCache.get(key);
  if (cached) return cached;
  let descriptor: SarifRule;
  if (!rule) {
    descriptor = {
      id,
      name: id,
      shortDescription: { text: id },
      fullDescription: { text: `Audit rule ${id}.` },
      help: { text: `Audit rule ${id}.`, markdown: `Audit rule \`${id}\`.` },
      defaultConfiguration: { level: 'warning' },
      properties: { tags: ['security'] },
    };
  } else {
    const m = rule.meta;
    const frameworks = (Object.keys(m.frameworks) as Framework[]).flatMap((fw) =>
      (m.frameworks[fw] ?? []).map((section) => ({ fw, section })),
    );
    const aliases = Object.entries(m.aliases).flatMap(([tool, ids]) => (ids ?? []).map((a) => `${tool} ${a}`));
    const text = [
      m.description,
      `Remediation: ${m.remediation}`,
      frameworks.length > 0
        ? `Benchmarks: ${frameworks.map(({ fw, section }) => `${FRAMEWORK_TITLE[fw]} ${section}`).join('; ')}`
        : '',
      aliases.length > 0 ? `Equivalent rules: ${aliases.join(', ')}` : '',
      m.references.length > 0 ? `References:\n${m.references.map((r) => `- ${r}`).join('\n')}` : '',
    ].filter(Boolean);
    const markdown = [
      md(m.description),
      `**Remediation**: ${md(m.remediation)}`,
      frameworks.length > 0
        ? `**Benchmarks**: ${frameworks.map(({ fw, section }) => `${FRAMEWORK_TITLE[fw]} §${section}`).join('; ')}`
        : '',
      aliases.length > 0 ? `**Equivalent rules**: ${aliases.map((a) => `\`${a}\``).join(', ')}` : '',
      m.references.length > 0 ? `**References**\n\n${m.references.map((r) => `- ${mdLink(r)}`).join('\n')}` : '',
    ].filter(Boolean);
    const helpUri = m.references.find((r) => /^https?:\/\//.test(r));
    descriptor = {
      id,
      name: rule.name,
      shortDescription: { text: m.title },
      fullDescription: { text: m.description },
      help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
      ...(helpUri ? { helpUri } : {}),
      defaultConfiguration: { level: LEVEL[m.severity] },
      properties: {
        'security-severity': SECURITY_SEVERITY[m.severity],
        severity: m.severity,
        tags: unique([
          'security',
          ...m.stride.map((s) => STRIDE_TITLE[s]),
          ...frameworks.map(({ fw, section }) => cisTag(fw, section)),
        ]),
      },
    };
  }
  ruleCache.set(key, descriptor);
  return descriptor;
}

const THREAT_RULES_BY_ID = new Map<string, ThreatRule>(THREAT_RULES.map((r) => [r.id, r]));

function threatRuleDescriptor(t: Threat | CheckedThreat): SarifRule {
  const key = `threat\u0000${t.ruleId}`;
  const cached = ruleCache.get(key);
  if (cached) return cached;
  const rule = THREAT_RULES_BY_ID.get(t.ruleId);
  const category: StrideCategory = rule?.category ?? t.category;
  const severity = rule ? riskSeverity(rule.likelihood, rule.impact) : t.severity;
  // The rule's templates name a concrete element; the descriptor shows the placeholders as `{name}`.
  const generic = (s: string) => s.replace(/\{\{(\w+)\}\}/g, '{$1}');
  const title = rule ? generic(rule.title) : t.title;
  const description = rule ? generic(rule.description) : t.description;
  const mitigations = rule?.mitigations ?? t.mitigations;
  const cwe = rule?.cwe.map((n) => `CWE-${n}`) ?? t.cwe;
  const capec = rule?.capec.map((n) => `CAPEC-${n}`) ?? t.capec;
  // The rule's own references first: they are about this threat, the CWE and CAPEC pages about its whole class.
  const references = [
    ...(rule?.references ?? []),
    ...cwe.map((c) => `https://cwe.mitre.org/data/definitions/${c.replace(/^CWE-/, '')}.html`),
    ...capec.map((c) => `https://capec.mitre.org/data/definitions/${c.replace(/^CAPEC-/, '')}.html`),
  ];
  const controlLines = mitigations.map((id) => {
    const c = findControl(id);
    return { id, title: c?.title ?? id, remediation: c?.remediation ?? '' };
  });
  const text = [
    `${STRIDE_TITLE[category]}. ${description}`,
    `Likelihood ${rule?.likelihood ?? t.likelihood}, impact ${rule?.impact ?? t.impact}.`,
    controlLines.length > 0
      ? `Mitigations:\n${controlLines.map((c) => `- ${c.id} ${c.title}${c.remediation ? `: ${c.remediation}` : ''}`).join('\n')}`
      : '',
    [...cwe, ...capec].length > 0 ? `Weaknesses and attack patterns: ${[...cwe, ...capec].join(', ')}` : '',
    references.length > 0 ? `References:\n${references.map((r) => `- ${r}`).join('\n')}` : '',
  ].filter(Boolean);
  const markdown = [
    `**${STRIDE_TITLE[category]}**. ${md(description)}`,
    `Likelihood **${rule?.likelihood ?? t.likelihood}**, impact **${rule?.impact ?? t.impact}**.`,
    controlLines.length > 0
      ? `**Mitigations**\n\n${controlLines.map((c) => `- \`${c.id}\` ${md(c.title)}${c.remediation ? `: ${md(c.remediation)}` : ''}`).join('\n')}`
      : '',
    references.length > 0 ? `**References**\n\n${references.map((r) => `- ${mdLink(r)}`).join('\n')}` : '',
  ].filter(Boolean);
  const descriptor: SarifRule = {
    id: t.ruleId,
    name: rule?.name ?? t.ruleName,
    shortDescription: { text: title },
    fullDescription: { text: description },
    help: { text: text.join('\n\n'), markdown: markdown.join('\n\n') },
    ...(references[0] ? { helpUri: references[0] } : {}),
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[severity],
      severity,
      tags: unique([
        'security',
        'threat',
        STRIDE_TITLE[category],
        ...cwe.map((c) => `external/cwe/${c.toLowerCase()}`),
        ...mitigations.filter((id) => findControl(id)?.benchmark).map(controlTag),
      ]),
    },
  };
  ruleCache.set(key, descriptor);
  return descriptor;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Our metadata is plain text with `code` spans; outside the spans `<` and `>` are escaped so that no viewer reads
 * them as markup (inside a span an entity would show literally).
 */
function md(s: string): string {
  return s
    .split('`')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('`');
}

function mdLink(r: string): string {
  return /^https?:\/\/\S+$/.test(r) ? `[${md(r)}](${r.replace(/\)/g, '%29').replace(/ /g, '%20')})` : md(r);
}
