import type { Diagnostic } from '../core/diagnostics.js';
import type { CheckResult, Finding } from '../core/finding.js';
import { LineIndex, type Range } from '../core/location.js';
import { redact } from '../core/redact.js';
import type { AuditOptions, AuditRule, Report, RuleContext } from './rule.js';
import { type Suppression, suppressionFor } from './suppress.js';

export interface RuleInput<D> {
  doc: D;
  /** The input as the user gave it (a path, `-`, a container name). */
  target: string;
  /** Source text, for turning offsets into positions; absent for live targets. */
  text?: string;
  suppressions?: readonly Suppression[];
}

export interface RunResult {
  findings: Finding[];
  checks: CheckResult[];
  diagnostics: Diagnostic[];
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * Runs audit rules over one document. Each rule ends in a state: `fail` when it reported something not suppressed,
 * `pass` when it ran and reported nothing (or only suppressed findings), `skipped` when it said it does not apply,
 * `manual` when it left the judgement to a person (and reported nothing open),
 * and `error` when it threw — recorded with the rule id, never as a pass.
 */
export function runRules<D>(
  rules: readonly AuditRule<D, string>[],
  input: RuleInput<D>,
  options: AuditOptions = {},
): RunResult {
  // Built on the first finding that needs it: YAML findings carry their file's own index, and most rules find nothing.
  let index: LineIndex | undefined;
  const lines =
    input.text !== undefined ? () => (index ??= new LineIndex(input.target, input.text as string)) : undefined;
  const findings: Finding[] = [];
  const checks: CheckResult[] = [];
  const diagnostics: Diagnostic[] = [];
  // One context for all the rules of the input (rules are synchronous): a file runs a hundred rules, a tree
  // thousands of files, and a fresh context with its closures per rule was a large share of the garbage.
  const reports: Report<string>[] = [];
  let skipped: string | undefined;
  let manual: string | undefined;
  const ctx: RuleContext<string> = {
    report: (r) => void reports.push(r),
    skip: (reason) => void (skipped = reason),
    manual: (reason) => void (manual = reason),
    options,
  };
  const target = input.target;
  for (const rule of rules) {
    reports.length = 0;
    skipped = undefined;
    manual = undefined;
    // Most rules report nothing: no array of their own, and no finding to look through for an open one.
    let ruleFindings: Finding[] | undefined;
    try {
      rule.check(ctx, input.doc);
      if (reports.length > 0) {
        ruleFindings = [];
        for (const r of reports) ruleFindings.push(toFinding(rule, r, input, lines));
      }
    } catch (err) {
      const message = (err as Error)?.message ?? String(err);
      checks.push({ ruleId: rule.id, target, state: 'error', message });
      diagnostics.push({
        code: 'rule-error',
        severity: 'error',
        message: `audit rule ${rule.id} failed on ${target}: ${message}`,
      });
      continue;
    }
    let open = false;
    if (ruleFindings !== undefined) {
      for (const f of ruleFindings) {
        findings.push(f);
        if (!f.suppressed) open = true;
      }
    }
    if (skipped !== undefined && ruleFindings === undefined) {
      checks.push({ ruleId: rule.id, target, state: 'skipped', message: skipped });
    } else if (manual !== undefined && !open) {
      checks.push({ ruleId: rule.id, target, state: 'manual', message: manual });
    } else {
      checks.push({ ruleId: rule.id, target, state: open ? 'fail' : 'pass' });
    }
  }
  return { findings, checks, diagnostics };
}

function toFinding<D>(
  rule: AuditRule<D, string>,
  r: Report<string>,
  input: RuleInput<D>,
  lines: (() => LineIndex) | undefined,
): Finding {
  const template = rule.messages[r.messageId];
  if (template === undefined) throw new Error(`reported unknown message id "${r.messageId}"`);
  // The template is ours; what comes from the input (the data) is redacted before it is put in.
  const message = template.replace(PLACEHOLDER, (_, key: string) => {
    const v = r.data?.[key];
    if (v === undefined) throw new Error(`message "${r.messageId}" needs {{${key}}}`);
    return redact(String(v));
  });
  const finding: Finding = { ruleId: rule.id, severity: rule.meta.severity, message, target: input.target };
  if (r.node) finding.location = r.node.file.location(r.node.range);
  else if (r.range && lines) finding.location = lines().location(r.range as Range);
  if (r.logical) finding.logicalLocation = r.logical;
  if (r.evidence !== undefined) finding.evidence = redact(r.evidence);
  const suppressions = input.suppressions;
  const s =
    suppressions === undefined || suppressions.length === 0
      ? undefined
      : r.node
        ? suppressionFor(suppressions, rule, r.node.file.uri, r.node.range)
        : suppressionFor(suppressions, rule, input.target, r.range);
  if (s) {
    finding.suppressed = { reason: s.reason || '(no reason given)' };
    if (s.commentRange[1] > s.commentRange[0] || s.commentRange[0] > 0) {
      const file = r.node?.file;
      if (file && file.uri === s.uri) finding.suppressed.location = file.location(s.commentRange);
      else if (lines && s.uri === input.target) finding.suppressed.location = lines().location(s.commentRange);
    }
  }
  return finding;
}
