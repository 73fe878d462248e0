import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { compareDiagnostics } from '../core/diagnostics.js';
import type { CheckResult, Finding } from '../core/finding.js';
import { discoverInputs, kindFromContent } from '../sources/discover.js';
import { dockerfileSuppressions, parseDockerfile } from '../sources/dockerfile/index.js';
import { kubernetesRuntimes, parseKubernetes } from '../sources/kubernetes/parse.js';
import { annotationSuppressions } from '../sources/kubernetes/suppress.js';
import type { RuntimeDoc } from '../sources/runtime.js';
import { auditRulesFor } from './index.js';
import type { AuditOptions, InputKind } from './rule.js';
import { runRules } from './run.js';

export interface AuditResult {
  findings: Finding[];
  checks: CheckResult[];
  diagnostics: Diagnostic[];
  /** Inputs audited, with their kind, in order. */
  inputs: { target: string; kind: InputKind }[];
}

export interface AuditRequest {
  paths: readonly string[];
  /** Text for the `-` path. */
  stdin?: string;
  cwd?: string;
  options?: AuditOptions;
}

/** Audits one input's text. The library entry point for text already in memory. */
export function auditText(text: string, target: string, kind: InputKind, options: AuditOptions = {}): AuditResult {
  switch (kind) {
    case 'dockerfile': {
      const doc = parseDockerfile(text, target);
      const r = runRules(
        auditRulesFor('dockerfile'),
        { doc: doc as never, target, text, suppressions: dockerfileSuppressions(doc) },
        options,
      );
      return { ...r, inputs: [{ target, kind }] };
    }
    case 'kubernetes': {
      const doc = parseKubernetes(text, target);
      const suppressions = [...doc.suppressions, ...annotationSuppressions(doc)];
      const objects = runRules(auditRulesFor('kubernetes'), { doc: doc as never, target, text, suppressions }, options);
      const runtimes: RuntimeDoc = { kind: 'runtime', target, runtimes: kubernetesRuntimes(doc) };
      const containers = runRules(
        auditRulesFor('runtime'),
        { doc: runtimes as never, target, text, suppressions },
        options,
      );
      return {
        findings: [...objects.findings, ...containers.findings].sort(byPosition),
        checks: [...objects.checks, ...containers.checks],
        diagnostics: [...doc.diagnostics, ...objects.diagnostics, ...containers.diagnostics],
        inputs: [{ target, kind }],
      };
    }
    default:
      return {
        findings: [],
        checks: [],
        inputs: [],
        diagnostics: [
          {
            code: 'unsupported-input',
            severity: 'error',
            message: `${target}: ${kind} inputs are not audited by this version`,
            location: at(target),
          },
        ],
      };
  }
}

/**
 * Discovers, parses and audits every input. A bad input becomes a diagnostic and the run goes on with the others;
 * the order of the result is deterministic (inputs in discovery order, findings by position).
 */
export async function audit(request: AuditRequest): Promise<AuditResult> {
  const onDisk = (p: string) => (request.cwd ? resolve(request.cwd, p) : p);
  const result: AuditResult = { findings: [], checks: [], diagnostics: [], inputs: [] };
  const merge = (r: AuditResult) => {
    result.findings.push(...r.findings);
    result.checks.push(...r.checks);
    result.diagnostics.push(...r.diagnostics);
    result.inputs.push(...r.inputs);
  };
  const paths = request.paths.filter((p) => p !== '-');
  if (request.paths.includes('-')) {
    const text = request.stdin ?? '';
    const kind = kindFromContent(text);
    if (kind) merge(auditText(text, '-', kind, request.options));
    else
      result.diagnostics.push({
        code: 'unknown-input',
        severity: 'error',
        message: '-: standard input is not a recognised input (Dockerfile)',
        location: at('-'),
      });
  }
  const { inputs, unreadable, unknown } = await discoverInputs(paths, onDisk);
  for (const u of unreadable) {
    result.diagnostics.push({
      code: u.error.code === 'ENOENT' ? 'file-not-found' : 'file-unreadable',
      severity: 'error',
      message: u.error.code === 'ENOENT' ? `${u.path}: no such file or directory` : `${u.path}: ${u.error.message}`,
      location: at(u.path),
    });
  }
  const explicit = await Promise.all(
    unknown.map(async (path) => {
      try {
        const text = await readFile(onDisk(path), 'utf8');
        return { path, kind: kindFromContent(text) };
      } catch {
        return { path, kind: undefined };
      }
    }),
  );
  for (const e of explicit) {
    if (e.kind) inputs.push({ path: e.path, kind: e.kind });
    else
      result.diagnostics.push({
        code: 'unknown-input',
        severity: 'error',
        message: `${e.path}: not a recognised input (Dockerfile)`,
        location: at(e.path),
      });
  }
  for (const input of inputs) {
    let text: string;
    try {
      text = await readFile(onDisk(input.path), 'utf8');
    } catch (err) {
      result.diagnostics.push({
        code: 'file-unreadable',
        severity: 'error',
        message: `${input.path}: ${(err as Error).message}`,
        location: at(input.path),
      });
      continue;
    }
    merge(auditText(text, input.path, input.kind, request.options));
  }
  result.diagnostics.sort(compareDiagnostics);
  return result;
}

/** Findings of one input in file order, then by rule: the order users read them in. */
export function byPosition(a: Finding, b: Finding): number {
  const la = a.location;
  const lb = b.location;
  return (
    (la?.uri ?? '').localeCompare(lb?.uri ?? '') ||
    (la?.startLine ?? 0) - (lb?.startLine ?? 0) ||
    (la?.startColumn ?? 0) - (lb?.startColumn ?? 0) ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.message.localeCompare(b.message)
  );
}

function at(uri: string) {
  return { uri, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}
