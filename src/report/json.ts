import type { ThreatReport } from '../stride/report.js';

/** Stable JSON: fixed key order from the record shapes, two-space indent, trailing newline. */
export function renderThreatsJson(report: ThreatReport): string {
  return `${JSON.stringify(
    {
      model: report.model,
      threats: report.threats,
      attackers: report.attackers,
      diagnostics: report.diagnostics,
    },
    null,
    2,
  )}\n`;
}
