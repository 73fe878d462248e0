export const SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) >= severityRank(threshold);
}

/**
 * The risk matrix: likelihood x impact. Kept as a table so that the mapping is reviewable at a glance, as in the
 * OWASP risk rating methodology.
 */
const MATRIX: Record<Level, Record<Level, Severity>> = {
  low: { low: 'low', medium: 'low', high: 'medium' },
  medium: { low: 'low', medium: 'medium', high: 'high' },
  high: { low: 'medium', medium: 'high', high: 'critical' },
};

export function riskSeverity(likelihood: Level, impact: Level): Severity {
  return MATRIX[likelihood][impact];
}
