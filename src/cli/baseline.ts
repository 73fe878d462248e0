import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod';
import { atLeast, type Severity } from '../core/severity.js';
import { findingFingerprints } from '../report/fingerprint.js';

export type GatedCommand = 'threats' | 'audit' | 'check';

/**
 * What a previous `--format json` run said, reduced to what the gate compares: the ids of the threats that were open
 * (threats) or unmitigated (check), the fingerprints of the findings (audit).
 */
export interface Baseline {
  uri: string;
  command: GatedCommand;
  known: ReadonlySet<string>;
}

/** What is new since the baseline, for the gate and for the report. */
export interface NewSinceBaseline {
  uri: string;
  /** Threat ids (threats, check) or finding fingerprints (audit), in report order. */
  ids: string[];
  /** One line per new item, for the table view. */
  lines: string[];
}

const Threat = z.looseObject({ id: z.string(), status: z.string() });
const Finding = z.looseObject({
  ruleId: z.string(),
  target: z.string(),
  message: z.string(),
  evidence: z.string().optional(),
});
// Told apart by what only each command writes: an audit has inputs and checks, a check has coverage and a plan.
const Shapes = {
  audit: z.looseObject({ inputs: z.array(z.unknown()), checks: z.array(z.unknown()), findings: z.array(Finding) }),
  check: z.looseObject({ threats: z.array(Threat), coverage: z.looseObject({}), plan: z.array(z.unknown()) }),
  threats: z.looseObject({ threats: z.array(Threat), attackers: z.array(z.unknown()) }),
} as const;

function commandOf(data: unknown): GatedCommand | undefined {
  if (Shapes.audit.safeParse(data).success) return 'audit';
  if (Shapes.check.safeParse(data).success) return 'check';
  if (Shapes.threats.safeParse(data).success) return 'threats';
  return undefined;
}

export class BaselineError extends Error {}

/** Reads a baseline for `command`. Throws BaselineError (a usage error) when it is unreadable or of another command. */
export async function readBaseline(path: string, cwd: string, command: GatedCommand): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (err) {
    throw new BaselineError(`--baseline ${path}: ${(err as Error).message}`);
  }
  return parseBaseline(text, path, command);
}

export function parseBaseline(text: string, uri: string, command: GatedCommand): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BaselineError(
      `--baseline ${uri}: not JSON (${(err as Error).message}); give the output of \`stridebench ${command} --format json\``,
    );
  }
  const found = commandOf(data);
  if (found === undefined)
    throw new BaselineError(
      `--baseline ${uri}: not the JSON output of a stridebench command; give the output of \`stridebench ${command} --format json\``,
    );
  if (found !== command)
    throw new BaselineError(
      `--baseline ${uri}: this is the output of \`stridebench ${found}\`, not of \`stridebench ${command}\``,
    );
  if (command === 'audit') {
    const { findings } = Shapes.audit.parse(data);
    return { uri, command, known: new Set(findingFingerprints(findings)) };
  }
  const { threats } = (command === 'check' ? Shapes.check : Shapes.threats).parse(data);
  const open = command === 'check' ? 'unmitigated' : 'open';
  return { uri, command, known: new Set(threats.filter((t) => t.status === open).map((t) => t.id)) };
}

interface GatedThreat {
  id: string;
  status: string;
  severity: Severity;
  title: string;
}

interface GatedFinding {
  ruleId: string;
  target: string;
  message: string;
  evidence?: string;
  severity: Severity;
  suppressed?: unknown;
  location?: { startLine: number; startColumn: number };
}

/**
 * What fails the gate and what is new. Threats: open threats; check: unmitigated threats (a mitigating control seen
 * failing; partially mitigated and unverified ones have no failing control and do not fail the gate); audit:
 * unsuppressed findings. With a baseline, only those it did not already have.
 */
export function gate(
  command: GatedCommand,
  subject: { threats?: readonly GatedThreat[]; findings?: readonly GatedFinding[] },
  threshold: Severity | undefined,
  baseline: Baseline | undefined,
): { hits: number; fresh?: NewSinceBaseline } {
  if (command === 'audit') {
    const findings = subject.findings ?? [];
    const prints = findingFingerprints(findings);
    const isNew = (i: number) => !baseline || !baseline.known.has(prints[i] as string);
    const open = findings.map((f, i) => ({ f, i })).filter(({ f }) => !f.suppressed);
    const hits = threshold ? open.filter(({ f, i }) => atLeast(f.severity, threshold) && isNew(i)).length : 0;
    if (!baseline) return { hits };
    const fresh = open.filter(({ i }) => isNew(i));
    return {
      hits,
      fresh: {
        uri: baseline.uri,
        ids: fresh.map(({ i }) => prints[i] as string),
        lines: fresh.map(
          ({ f }) =>
            `${f.target}${f.location ? `:${f.location.startLine}:${f.location.startColumn}` : ''} ${f.severity} ${f.ruleId} ${f.message}`,
        ),
      },
    };
  }
  const status = command === 'check' ? 'unmitigated' : 'open';
  const open = (subject.threats ?? []).filter((t) => t.status === status && (!baseline || !baseline.known.has(t.id)));
  const hits = threshold ? open.filter((t) => atLeast(t.severity, threshold)).length : 0;
  if (!baseline) return { hits };
  return {
    hits,
    fresh: {
      uri: baseline.uri,
      ids: open.map((t) => t.id),
      lines: open.map((t) => `${t.severity} ${t.id} ${t.title}`),
    },
  };
}

/** Adds `"baseline": { "file", "new" }` to a JSON report: only when --baseline is given, so default output is unchanged. */
export function withBaselineJson(json: string, fresh: NewSinceBaseline): string {
  const data = JSON.parse(json) as Record<string, unknown>;
  return `${JSON.stringify({ ...data, baseline: { file: fresh.uri, new: fresh.ids } }, null, 2)}\n`;
}

/** The table view's note of what is new since the baseline. */
export function baselineText(fresh: NewSinceBaseline, what: string): string {
  if (fresh.ids.length === 0) return `Nothing new since the baseline ${fresh.uri}.\n`;
  return `New since the baseline ${fresh.uri}: ${fresh.ids.length} ${what}\n${fresh.lines.map((l) => `  + ${l}`).join('\n')}\n`;
}
