import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import { compareDiagnostics } from '../core/diagnostics.js';
import type { CheckResult, Finding } from '../core/finding.js';
import {
  type ComposeDoc,
  composeMainFor,
  composeProjectFiles,
  composeRuntimes,
  loadComposeProject,
  parseCompose,
} from '../sources/compose/index.js';
import { discoverInputs, kindFromContent, sniffBinary } from '../sources/discover.js';
import { dockerfileSuppressions, parseDockerfile } from '../sources/dockerfile/index.js';
import type { ImageReadLimits } from '../sources/image/index.js';
import { type KubernetesDoc, kubernetesRuntimes, parseKubernetes } from '../sources/kubernetes/parse.js';
import { annotationSuppressions } from '../sources/kubernetes/suppress.js';
import type { RuntimeDoc } from '../sources/runtime.js';
import { auditNodeConfig } from './controlplane/audit.js';
import { auditDaemonFiles } from './daemon/audit.js';
import { auditEngineText } from './engine/audit.js';
import type { BenchmarkResult } from './engine/benchmark.js';
import { auditImageFile } from './image/audit.js';
import { auditRulesFor } from './index.js';
import { auditKubeletInput, type KubeletPlan, planKubeletAudits } from './kubelet/audit.js';
import type { AuditOptions, InputKind } from './rule.js';
import { runRules } from './run.js';

export interface AuditResult {
  findings: Finding[];
  checks: CheckResult[];
  diagnostics: Diagnostic[];
  /** Inputs audited, with their kind, in order. */
  inputs: { target: string; kind: InputKind }[];
  /** The results seen through a benchmark (CIS Docker for `--docker`): one state per control, and a score. */
  benchmark?: BenchmarkResult;
}

export { auditDaemon, type DaemonFacts } from './daemon/audit.js';

export interface AuditRequest {
  paths: readonly string[];
  /** Text for the `-` path. */
  stdin?: string;
  cwd?: string;
  options?: AuditOptions;
  /** Limits for reading image archives (decompression bomb and size guards). */
  imageLimits?: ImageReadLimits;
}

/** What the audit of one input may know of the other inputs of the same run. */
export interface AuditContext {
  /** The run's Kubernetes manifests, parsed once, by target (each with `cluster` set to the objects of all). */
  kubernetes?: ReadonlyMap<string, KubernetesDoc>;
  /** The run's kubelet files grouped by kubelet (a systemd drop-in, its environment files, its config file). */
  kubelet?: KubeletPlan;
}

/** Audits one input's text. The library entry point for text already in memory. */
export function auditText(
  text: string,
  target: string,
  kind: InputKind,
  options: AuditOptions = {},
  context: AuditContext = {},
): AuditResult {
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
      const doc = context.kubernetes?.get(target) ?? parseKubernetes(text, target);
      const suppressions = [...doc.suppressions, ...annotationSuppressions(doc)];
      const objects = runRules(auditRulesFor('kubernetes'), { doc: doc as never, target, text, suppressions }, options);
      const runtimes: RuntimeDoc = { kind: 'runtime', target, runtimes: kubernetesRuntimes(doc) };
      const containers = runRules(
        auditRulesFor('runtime'),
        { doc: runtimes as never, target, text, suppressions },
        options,
      );
      // Static pods of the control plane, kubelets and their config files among the manifests.
      const node = auditNodeConfig(doc, { target, text, suppressions }, options);
      return {
        findings: [...objects.findings, ...containers.findings, ...node.findings].sort(byPosition),
        checks: [...objects.checks, ...containers.checks, ...node.checks],
        diagnostics: [...doc.diagnostics, ...objects.diagnostics, ...containers.diagnostics, ...node.diagnostics],
        inputs: [{ target, kind }],
      };
    }
    case 'kubelet':
    case 'kubelet-flags':
      return auditKubeletInput(text, target, kind, options, context.kubelet);
    case 'compose':
      return auditCompose(parseCompose(text, target), text, options);
    case 'engine':
      return auditEngineText(text, target, options);
    case 'daemon':
      return auditDaemonFiles([{ text, target }], options);
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
 * Audits a loaded Compose project: the compose rules see the whole project, the runtime rules every service. Findings
 * may sit in any of the project's files (an override, an `extends` file).
 */
export function auditCompose(doc: ComposeDoc, text: string, options: AuditOptions = {}): AuditResult {
  const { target, suppressions } = doc;
  const project = runRules(auditRulesFor('compose'), { doc: doc as never, target, text, suppressions }, options);
  const services = runRules(
    auditRulesFor('runtime'),
    { doc: composeRuntimes(doc) as never, target, text, suppressions },
    options,
  );
  return {
    findings: [...project.findings, ...services.findings].sort(byPosition),
    checks: [...project.checks, ...services.checks],
    diagnostics: [...doc.diagnostics, ...project.diagnostics, ...services.diagnostics],
    inputs: [{ target, kind: 'compose' }],
  };
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
        const binary = await sniffBinary(onDisk(path));
        if (binary) return { path, kind: binary };
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
  const texts = new Map<string, string>();
  for (const input of inputs) {
    if (input.kind === 'image') continue;
    try {
      texts.set(input.path, await readFile(onDisk(input.path), 'utf8'));
    } catch (err) {
      result.diagnostics.push({
        code: 'file-unreadable',
        severity: 'error',
        message: `${input.path}: ${(err as Error).message}`,
        location: at(input.path),
      });
    }
  }
  const context: AuditContext = {
    kubernetes: kubernetesContext(inputs, texts),
    kubelet: planKubeletAudits(inputs, texts),
  };
  // An override file next to its main file is part of the main file's project, as `docker compose up` reads it.
  const exists = (p: string) => texts.has(p) || readable(onDisk(p));
  const composeInputs = new Set(inputs.filter((i) => i.kind === 'compose').map((i) => i.path));
  for (const input of inputs) {
    if (input.kind === 'compose') {
      const main = composeMainFor(input.path, exists);
      if (main && composeInputs.has(main)) continue;
      const text = texts.get(input.path);
      if (text === undefined) continue;
      const files = composeProjectFiles(input.path, exists);
      const read = (p: string) => texts.get(p) ?? readText(onDisk(p));
      merge(auditCompose(loadComposeProject(files, { readFile: read }), text, request.options));
      continue;
    }
    if (input.kind === 'daemon') {
      // daemon.json and the files holding dockerd's command line describe one daemon: audited together, once.
      const daemonInputs = inputs.filter((i) => i.kind === 'daemon');
      if (daemonInputs[0] !== input) continue;
      const files = daemonInputs.flatMap((i) => {
        const text = texts.get(i.path);
        return text === undefined ? [] : [{ text, target: i.path }];
      });
      merge(auditDaemonFiles(files, request.options));
      continue;
    }
    if (input.kind === 'image') {
      // Streamed, never read whole: image archives are large.
      const found = !request.paths.includes(input.path);
      merge(await auditImageFile(onDisk(input.path), input.path, request.options, request.imageLimits, found));
      continue;
    }
    const text = texts.get(input.path);
    if (text !== undefined) merge(auditText(text, input.path, input.kind, request.options, context));
  }
  result.diagnostics.sort(compareDiagnostics);
  return result;
}

/**
 * Manifests given together describe one cluster: a NetworkPolicy in one file covers the pods of another. Each
 * manifest is parsed once and sees the objects of all of them.
 */
function kubernetesContext(
  inputs: readonly { path: string; kind: InputKind }[],
  texts: ReadonlyMap<string, string>,
): Map<string, KubernetesDoc> {
  const docs = new Map<string, KubernetesDoc>();
  for (const input of inputs) {
    const text = texts.get(input.path);
    if (input.kind === 'kubernetes' && text !== undefined) docs.set(input.path, parseKubernetes(text, input.path));
  }
  if (docs.size > 1) {
    const cluster = [...docs.values()].flatMap((d) => d.objects);
    for (const d of docs.values()) d.cluster = cluster;
  }
  return docs;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function readable(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
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
