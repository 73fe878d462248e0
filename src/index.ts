// The public library API. The CLI and the web UI are thin shells over these calls.

export { CONTROLS, type Control, findControl } from './catalogue/index.js';
export type { Diagnostic, DiagnosticCode, DiagnosticSeverity } from './core/diagnostics.js';
export { hasErrors } from './core/diagnostics.js';
export type { CheckResult, CheckState, Finding, LogicalLocation } from './core/finding.js';
export type { Location } from './core/location.js';
export { type Level, riskSeverity, SEVERITIES, type Severity } from './core/severity.js';
export { STRIDE_CATEGORIES, type StrideCategory } from './core/stride.js';
export {
  type InferRequest,
  type InferResult,
  type InferredModel,
  inferModel,
  inferredCounts,
  type MergeChanges,
  RECORD_FILE,
  type WrittenModel,
  writeInferredModel,
} from './model/infer/index.js';
export { type LoadOptions, type LoadResult, loadModel, loadModelFile } from './model/load.js';
export type { ResolvedComponent, ResolvedFlow, ResolvedModel } from './model/model.js';
export { type ThreatModelInput, ThreatModelSchema, threatModelJsonSchema } from './model/schema.js';
export { renderThreatsJson } from './report/json.js';
export { renderThreatsMarkdown } from './report/markdown.js';
export { renderThreatsText } from './report/text.js';
export { type AuditResult, audit, auditText } from './rules/audit.js';
export { auditDaemon, auditDaemonFiles, type DaemonAuditOptions, type DaemonFacts } from './rules/daemon/audit.js';
export { auditEngineSnapshot } from './rules/engine/audit.js';
export {
  type BenchmarkResult,
  benchmarkResult,
  type ControlResult,
  type ScopeOptions,
  scopeAudit,
} from './rules/engine/benchmark.js';
export { type AuditEngineRequest, auditEngine } from './rules/engine/live.js';
export { auditImageFile } from './rules/image/audit.js';
export { AUDIT_RULES } from './rules/index.js';
export type { AuditRule, AuditRuleMeta, InputKind } from './rules/rule.js';
export {
  auditCluster,
  type ClusterSnapshot,
  type LiveObject,
  type ReadClusterOptions,
  readCluster,
} from './sources/cluster/index.js';
export { kindFromContent, kindFromName } from './sources/discover.js';
export {
  EngineClient,
  EngineError,
  type EngineSnapshot,
  type ReadEngineOptions,
  readEngine,
  readSavedImage,
  resolveEndpoint,
} from './sources/engine/index.js';
export {
  type ImageDoc,
  type ImageReadLimits,
  type ImageReadResult,
  matchDigest,
  parseDigest,
  readImageFile,
} from './sources/image/index.js';
export { ATTACKER_LIBRARY, type AttackerProfile } from './stride/attackers/library.js';
export { type Attacker, selectAttackers } from './stride/attackers/select.js';
export { generateThreats, type Threat, type ThreatResult } from './stride/engine.js';
export type { ComponentPredicate, FlowPredicate } from './stride/predicate.js';
export { analyzeModel, type ThreatReport } from './stride/report.js';
export { defineThreatRule, type ThreatRule } from './stride/rule.js';
export { THREAT_RULES } from './stride/rules/index.js';
