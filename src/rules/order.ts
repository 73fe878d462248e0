import type { Finding } from '../core/finding.js';

/** Findings of one input in file order, then by rule: the order users read them in. */
export function byPosition(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  return (
    compareText(la?.uri ?? '', lb?.uri ?? '') ||
    (la?.startLine ?? 0) - (lb?.startLine ?? 0) ||
    (la?.startColumn ?? 0) - (lb?.startColumn ?? 0) ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.message, b.message)
  );
}

/** `localeCompare`, without asking ICU about equal strings: the findings of one input mostly share their file. */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
}
