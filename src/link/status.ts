// A checked threat's status, apart from the check itself: reporters and the browser UI order and badge threats by it
// without loading the code that gathers evidence.

/** How a threat stands once its mitigating controls are checked against the artifacts, what needs work first. */
export const VERIFIED_STATUSES = [
  'unmitigated',
  'partially-mitigated',
  'unverified',
  'verified-mitigated',
  'accepted',
  'transferred',
  'not-applicable',
] as const;

export type VerifiedStatus = (typeof VERIFIED_STATUSES)[number];

/** Still open: no decision taken and not every mitigating control seen passing. */
export function isOpenStatus(status: VerifiedStatus): boolean {
  return status === 'unmitigated' || status === 'partially-mitigated' || status === 'unverified';
}

/** The order reports list checked threats in: highest risk first; at equal risk, what needs work first; then by id. */
export function byRiskThenStatus(
  a: { risk: number; status: VerifiedStatus; id: string },
  b: { risk: number; status: VerifiedStatus; id: string },
): number {
  return (
    b.risk - a.risk ||
    VERIFIED_STATUSES.indexOf(a.status) - VERIFIED_STATUSES.indexOf(b.status) ||
    a.id.localeCompare(b.id)
  );
}
