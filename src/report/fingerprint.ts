import { createHash } from 'node:crypto';
import type { Finding } from '../core/finding.js';

type Fingerprinted = Pick<Finding, 'ruleId' | 'target' | 'message' | 'evidence'>;

/**
 * Line-independent fingerprints of findings, in the order given: a sha256 of rule id, target, message and evidence
 * (whitespace runs collapsed), then `:n`, the occurrence among findings with the same hash. Moving code up or down
 * keeps a finding's fingerprint, so a baseline still recognises it; a second identical finding in the same file is a
 * new one. The order must be the report's own (by position), which is deterministic. The recipe is the one
 * report/sarif.ts uses for `partialFingerprints` of findings.
 */
export function findingFingerprints(findings: readonly Fingerprinted[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const parts = [f.ruleId, f.target, f.message, f.evidence ?? ''];
    const hash = createHash('sha256')
      .update(parts.map((p) => p.replace(/\s+/g, ' ').trim()).join('\u0000'))
      .digest('hex');
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
  });
}
