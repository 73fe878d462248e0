import type { CheckReport } from '../../link/check.js';
import type { AuditResult } from '../../rules/audit.js';
import type { ThreatReport } from '../../stride/report.js';
import { renderAuditPage } from './audit.js';
import { renderCheckPage } from './check.js';
import { renderThreatsPage } from './threats.js';

export interface HtmlOptions {
  /** Inline SVG of the data-flow diagram (from renderDiagramSvg); embedded as given. */
  diagramSvg?: string;
  /** e.g. 'stridebench 0.1.0' */
  generator: string;
  /**
   * The text of an artifact by its location uri (as in findings), for code excerpts around evidence. The renderers
   * read nothing themselves; lines shown are redacted. Return undefined when the file cannot be read.
   */
  readSource?: (uri: string) => string | undefined;
}

/** `stridebench threats --format html`: one self-contained page, byte-identical for the same report. */
export function renderThreatsHtml(report: ThreatReport, options: HtmlOptions): string {
  return renderThreatsPage(report, options);
}

/** `stridebench check --format html`: threats with evidence and excerpts, controls, plan, claims, coverage. */
export function renderCheckHtml(report: CheckReport, options: HtmlOptions): string {
  return renderCheckPage(report, options);
}

/** `stridebench audit --format html`: inputs, findings with locations and excerpts, the benchmark view. */
export function renderAuditHtml(result: AuditResult, options: Omit<HtmlOptions, 'diagramSvg'>): string {
  return renderAuditPage(result, options);
}
