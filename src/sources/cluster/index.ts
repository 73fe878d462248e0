import { compareDiagnostics, hasErrors } from '../../core/diagnostics.js';
import { type AuditResult, auditText } from '../../rules/audit.js';
import type { AuditOptions } from '../../rules/rule.js';
import { SnapshotLocator } from './locate.js';
import { type ClusterSnapshot, type ReadClusterOptions, readCluster } from './read.js';
import { renderSnapshot } from './render.js';

export type { ClusterSnapshot, LiveObject, ReadClusterOptions } from './read.js';
export type { ClusterResource } from './resources.js';
export { CLUSTER_RESOURCES } from './resources.js';
export { readCluster };

/**
 * Audits a live cluster with the manifest rules: reads the objects, renders them as one multi-document YAML text,
 * audits that as a manifest and turns every position into a logical location (`<context>/<ns>/<Kind>/<name>` and a
 * field path). The input is `kube:<context>`.
 */
export async function auditCluster(
  options: ReadClusterOptions = {},
  auditOptions: AuditOptions = {},
): Promise<AuditResult> {
  return auditSnapshot(await readCluster(options), auditOptions);
}

/** Audits objects already read: what `auditCluster` does after the API calls. */
export function auditSnapshot(snapshot: ClusterSnapshot, auditOptions: AuditOptions = {}): AuditResult {
  // Nothing read and an error saying why: there is no input to report on, only the error.
  if (snapshot.objects.length === 0 && hasErrors(snapshot.diagnostics))
    return { findings: [], checks: [], diagnostics: [...snapshot.diagnostics].sort(compareDiagnostics), inputs: [] };
  const rendered = renderSnapshot(snapshot);
  const result = auditText(rendered.text, rendered.uri, 'kubernetes', auditOptions);
  const locator = new SnapshotLocator(rendered);
  return {
    findings: result.findings.map((f) => locator.finding(f)),
    checks: result.checks,
    diagnostics: [...snapshot.diagnostics, ...result.diagnostics.map((d) => locator.diagnostic(d))].sort(
      compareDiagnostics,
    ),
    inputs: result.inputs,
  };
}

/** Appends one audit's results to another's (a live cluster after the files), keeping diagnostics sorted. */
export function appendAuditResult(into: AuditResult, more: AuditResult): void {
  into.findings.push(...more.findings);
  into.checks.push(...more.checks);
  into.inputs.push(...more.inputs);
  into.diagnostics.push(...more.diagnostics);
  into.diagnostics.sort(compareDiagnostics);
}
