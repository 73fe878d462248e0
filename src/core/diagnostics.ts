import type { Location } from './location.js';

/**
 * Problems with an input. They are returned, never thrown: a bad input gets a coded diagnostic with a location and
 * the run goes on with the other inputs.
 */
export type DiagnosticCode =
  | 'file-not-found'
  | 'file-unreadable'
  | 'yaml-syntax'
  | 'duplicate-key'
  | 'not-a-mapping'
  | 'unsupported-version'
  | 'unknown-key'
  | 'invalid-type'
  | 'invalid-value'
  | 'missing-field'
  | 'duplicate-id'
  | 'dangling-reference'
  | 'cyclic-boundary'
  | 'self-flow'
  | 'unknown-tech'
  | 'unknown-attacker'
  | 'unknown-control'
  | 'unknown-threat'
  | 'decision-missing-justification'
  | 'decision-expired'
  | 'duplicate-decision'
  | 'rule-error'
  /** The audit of one input stopped (its worker thread died, or a bug); the run went on with the others. */
  | 'audit-crashed'
  | 'source-not-found'
  | 'source-not-audited'
  | 'unknown-input'
  | 'unsupported-input'
  | 'not-a-kubernetes-object'
  | 'invalid-key'
  | 'compose-invalid'
  | 'compose-unresolved'
  | 'compose-interpolation'
  | 'compose-extends'
  | 'image-truncated'
  | 'image-corrupt'
  | 'image-too-large'
  | 'image-unsupported'
  | 'image-missing-blob'
  | 'image-digest-mismatch'
  | 'image-path-traversal'
  | 'cluster-config'
  | 'cluster-unreachable'
  | 'cluster-unauthorized'
  | 'cluster-forbidden'
  | 'cluster-resource-unavailable'
  | 'cluster-api-error'
  | 'kubelet-unresolved-variable'
  | 'kubelet-config-not-audited'
  | 'daemon-config-invalid'
  | 'daemon-config-conflict'
  | 'daemon-command-unknown'
  | 'host-root-unreadable'
  | 'engine-config'
  | 'engine-insecure'
  | 'engine-unreachable'
  | 'engine-permission'
  | 'engine-timeout'
  | 'engine-tls'
  | 'engine-api-error'
  | 'engine-not-found'
  | 'config-ignore-expired';

export type DiagnosticSeverity = 'error' | 'warning';

export interface Diagnostic {
  code: DiagnosticCode;
  severity: DiagnosticSeverity;
  message: string;
  location?: Location;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const la = a.location;
  const lb = b.location;
  return (
    (la?.uri ?? '').localeCompare(lb?.uri ?? '') ||
    (la?.startLine ?? 0) - (lb?.startLine ?? 0) ||
    (la?.startColumn ?? 0) - (lb?.startColumn ?? 0) ||
    a.code.localeCompare(b.code) ||
    a.message.localeCompare(b.message)
  );
}
