import type { Diagnostic } from '../core/diagnostics.js';
import type { CheckResult, Finding } from '../core/finding.js';
import { type ComposeDoc, composeRuntimes, parseCompose } from '../sources/compose/index.js';
import type { ImageReadLimits } from '../sources/image/index.js';
import { type KubernetesDoc, kubernetesRuntimes, parseKubernetes } from '../sources/kubernetes/parse.js';
import { annotationSuppressions } from '../sources/kubernetes/suppress.js';
import type { RuntimeDoc } from '../sources/runtime.js';
import { auditNodeConfig } from './controlplane/audit.js';
import { auditDaemonFiles } from './daemon/audit.js';
import { auditDockerfile } from './dockerfile/audit.js';
import { auditEngineText } from './engine/audit.js';
import type { BenchmarkResult } from './engine/benchmark.js';
import { auditRulesFor } from './index.js';
import { auditKubeletInput, type KubeletPlan } from './kubelet/audit.js';
import { byPosition } from './order.js';
import type { AuditOptions, InputKind } from './rule.js';
import { runRules } from './run.js';

export { audit } from './audit-run.js';
export { byPosition } from './order.js';

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
  /**
   * Worker threads that read, parse and audit the files: 1 audits in this thread, with no worker at all. Default:
   * one per core but one, and fewer for a few files (a worker costs a start-up); so 1 on 2 cores.
   */
  workers?: number;
  /** Told as inputs complete (`done` of `total`), for a progress display; called with done === total at the end. */
  onProgress?: (done: number, total: number) => void;
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
    case 'dockerfile':
      return auditDockerfile(text, target, options);
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

function at(uri: string) {
  return { uri, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
}
