import { createHash } from 'node:crypto';
import type { Finding } from '../core/finding.js';

type Fingerprinted = Pick<Finding, 'ruleId' | 'target' | 'message' | 'evidence'>;

/**
 * Fingerprints that survive edits elsewhere in a file: a sha256 of what a result is (rule, artifact or live object,
 * message and evidence with whitespace runs collapsed), never of where it is — line numbers move when lines are
 * inserted above. Results with equal parts are told apart by an occurrence counter in output order (`:n`), as
 * GitHub's `primaryLocationLineHash` does. One instance per report: SARIF's `partialFingerprints` and the baseline.
 */
export class Fingerprinter {
  readonly #seen = new Map<string, number>();

  next(parts: readonly string[]): string {
    const normalised = parts.map((p) => p.replace(/\s+/g, ' ').trim()).join('\u0000');
    const hash = createHash('sha256').update(normalised).digest('hex');
    const n = (this.#seen.get(hash) ?? 0) + 1;
    this.#seen.set(hash, n);
    return `${hash}:${n}`;
  }
}

/**
 * Line-independent fingerprints of findings, in the order given (the report's own, by position, which is
 * deterministic): rule id, target, message and evidence. Moving code up or down keeps a finding's fingerprint, so a
 * baseline still recognises it; a second identical finding in the same file is a new one.
 */
export function findingFingerprints(findings: readonly Fingerprinted[]): string[] {
  const fingerprints = new Fingerprinter();
  return findings.map((f) => fingerprints.next([f.ruleId, f.target, f.message, f.evidence ?? '']));
}
