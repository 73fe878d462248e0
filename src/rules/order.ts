import type { Finding } from '../core/finding.js';

/** Findings of one input in file order, then by rule: the order users read them in. */
export function byPosition(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  return (
    (la?.uri ?? '').localeCompare(lb?.uri ?? '') ||
    (la?.startLine ?? 0) - (lb?.startLine ?? 0) ||
    (la?.startColumn ?? 0) - (lb?.startColumn ?? 0) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}
