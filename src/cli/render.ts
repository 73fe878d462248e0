import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import type { CheckReport } from '../link/check.js';
import { isOpenStatus } from '../link/status.js';
import type { ResolvedModel } from '../model/model.js';
import type { DiagramThreat } from '../report/diagram/index.js';
import type { AuditResult } from '../rules/audit.js';
import type { ThreatReport } from '../stride/report.js';
import type { Format } from './formats.js';

/** What every renderer may need from the command line; each takes what it uses. */
export interface RenderContext {
  /** ANSI colour for the table: only on a terminal, and never into a file. */
  color: boolean;
  cwd: string;
  toolVersion: string;
}

/** A report as one string, or for the large ones (a whole tree's audit) in pieces to write one after another. */
export type Rendered = string | Iterable<string>;

type Renderers<R> = Record<Format, (subject: R, ctx: RenderContext) => Promise<Rendered>>;

export interface ThreatsSubject {
  report: ThreatReport;
  model?: ResolvedModel;
}

export interface CheckSubject {
  report: CheckReport;
  model: ResolvedModel;
}

const generator = (ctx: RenderContext) => `stridebench ${ctx.toolVersion}`;
const sarifOptions = (ctx: RenderContext) => ({ srcRoot: ctx.cwd, toolVersion: ctx.toolVersion });

/** Artifact text for the code excerpts of the HTML report: files under the working directory only. */
function sourceReader(cwd: string): (uri: string) => string | undefined {
  return (uri) => {
    const path = resolve(cwd, uri);
    const rel = relative(cwd, path);
    if (rel.startsWith('..') || resolve(cwd, rel) !== path) return undefined;
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  };
}

/** The HTML report's diagram of the model, with a badge for each threat whose status `isOpen`; none without a model. */
async function diagramOption<S extends string>(
  model: ResolvedModel | undefined,
  threats: readonly (Pick<DiagramThreat, 'element' | 'category'> & { status: S })[],
  isOpen: (status: S) => boolean,
): Promise<{ diagramSvg?: string }> {
  if (!model) return {};
  const { renderDiagramSvg } = await import('../report/diagram/index.js');
  const badges = threats.map((t) => ({
    element: { type: t.element.type, id: t.element.id },
    category: t.category,
    open: isOpen(t.status),
  }));
  return { diagramSvg: await renderDiagramSvg(model, badges) };
}

// Each format's module is loaded only when that format is asked for: the HTML and diagram code stay out of a
// `--format json` run, and everything stays out of `--version`.
const THREATS: Renderers<ThreatsSubject> = {
  table: async ({ report }, ctx) => (await import('../report/text.js')).renderThreatsText(report, { color: ctx.color }),
  json: async ({ report }) => (await import('../report/json.js')).renderThreatsJson(report),
  md: async ({ report }) => (await import('../report/markdown.js')).renderThreatsMarkdown(report),
  sarif: async ({ report }, ctx) => (await import('../report/sarif.js')).renderThreatsSarif(report, sarifOptions(ctx)),
  junit: async ({ report }) => (await import('../report/junit.js')).renderThreatsJunit(report),
  html: async ({ report, model }, ctx) => {
    const diagram = await diagramOption(model, report.threats, (status) => status === 'open');
    return (await import('../report/html/index.js')).renderThreatsHtml(report, {
      ...diagram,
      generator: generator(ctx),
    });
  },
};

const CHECK: Renderers<CheckSubject> = {
  table: async ({ report }, ctx) => (await import('../report/check.js')).renderCheckText(report, { color: ctx.color }),
  json: async ({ report }) => (await import('../report/check.js')).renderCheckJson(report),
  md: async ({ report }) => (await import('../report/markdown.js')).renderCheckMarkdown(report),
  sarif: async ({ report }, ctx) => (await import('../report/sarif.js')).renderCheckSarif(report, sarifOptions(ctx)),
  junit: async ({ report }) => (await import('../report/junit.js')).renderCheckJunit(report),
  html: async ({ report, model }, ctx) => {
    const diagram = await diagramOption(model, report.threats, isOpenStatus);
    return (await import('../report/html/index.js')).renderCheckHtml(report, {
      ...diagram,
      generator: generator(ctx),
      readSource: sourceReader(ctx.cwd),
    });
  },
};

const AUDIT: Renderers<AuditResult> = {
  table: async (result, ctx) => (await import('../report/audit.js')).renderAuditText(result, { color: ctx.color }),
  json: async (result) => (await import('../report/audit.js')).renderAuditJsonChunks(result),
  md: async (result) => (await import('../report/markdown.js')).renderAuditMarkdown(result),
  sarif: async (result, ctx) => (await import('../report/sarif.js')).renderAuditSarifChunks(result, sarifOptions(ctx)),
  junit: async (result) => (await import('../report/junit.js')).renderAuditJunit(result),
  html: async (result, ctx) =>
    (await import('../report/html/index.js')).renderAuditHtml(result, {
      generator: generator(ctx),
      readSource: sourceReader(ctx.cwd),
    }),
};

export const RENDERERS = { threats: THREATS, check: CHECK, audit: AUDIT } as const;

export function render<C extends keyof typeof RENDERERS>(
  command: C,
  format: Format,
  subject: Parameters<(typeof RENDERERS)[C][Format]>[0],
  ctx: RenderContext,
): Promise<Rendered> {
  const renderer = RENDERERS[command][format] as (s: typeof subject, c: RenderContext) => Promise<Rendered>;
  return renderer(subject, ctx);
}
