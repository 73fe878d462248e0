import type { LogicalLocation } from '../core/finding.js';
import type { Range, SourceNode } from '../core/location.js';
import type { Severity } from '../core/severity.js';
import type { StrideCategory } from '../core/stride.js';

/** The kinds of input stridebench audits. */
/**
 * The kinds of input rules run on. `runtime` rules see the normalised container settings of compose services,
 * Kubernetes containers and live containers alike.
 */
export const INPUT_KINDS = [
  'dockerfile',
  'image',
  'compose',
  'kubernetes',
  'runtime',
  'controlplane',
  'kubelet',
  /** The kubelet's command line: a systemd unit or drop-in, or an environment file such as kubeadm-flags.env. */
  'kubelet-flags',
  /** dockerd's configuration: daemon.json, its command line (a unit, a copy of /proc/<pid>/cmdline), `docker info`. */
  'daemon',
  /** The Docker host's files, mounts, groups and audit rules, at the paths the daemon really uses. */
  'host',
  /** A live Docker engine as a whole: its containers' inspect answers, images, version, and the client side. */
  'engine',
] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export const PEER_TOOLS = [
  'trivy',
  'checkov',
  'hadolint',
  'dockle',
  'kubesec',
  'kube-score',
  'polaris',
  'kubescape',
  'docker-bench',
  'kube-bench',
  'kics',
] as const;
export type PeerTool = (typeof PEER_TOOLS)[number];

/** Benchmarks, and `design` for the design mitigations of the catalogue (`design:tls`) a rule can verify. */
export const FRAMEWORKS = ['cis-docker-1.6.0', 'cis-kubernetes-1.12.0', 'design'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export interface AuditRuleMeta {
  title: string;
  severity: Severity;
  description: string;
  remediation: string;
  references: readonly string[];
  /** Benchmark sections the rule verifies, as quoted strings: `{ 'cis-docker-1.6.0': ['4.1'] }`. */
  frameworks: Partial<Record<Framework, readonly string[]>>;
  /** The equivalent rule of each peer tool, where one exists. */
  aliases: Partial<Record<PeerTool, readonly string[]>>;
  stride: readonly StrideCategory[];
}

export interface Report<M extends string> {
  messageId: M;
  /** Offsets of the offending node in the input's own text. */
  range?: Range;
  /** The offending node in any file (a compose override, one of several manifests). */
  node?: SourceNode;
  /** For live targets. */
  logical?: LogicalLocation;
  data?: Readonly<Record<string, string | number>>;
  /** The offending text, shown as evidence (redacted by the runner when it holds a secret). */
  evidence?: string;
}

export interface RuleContext<M extends string> {
  report(report: Report<M>): void;
  /** The rule does not apply to this input (e.g. a Dockerfile with no FROM): the check is `skipped`. */
  skip(reason: string): void;
  /** A person has to judge what the rule found (a CIS control assessed manually): the check is `manual`. */
  manual(reason: string): void;
  /** Options from the configuration, e.g. trusted registries. */
  readonly options: Readonly<AuditOptions>;
}

export interface AuditOptions {
  /** Registries base images may come from (empty: no restriction is checked). */
  trustedRegistries?: readonly string[];
  /** Users trusted to control the Docker daemon (members of its group); others are reported (CIS Docker 1.1.2). */
  trustedDockerUsers?: readonly string[];
}

export interface AuditRule<D = unknown, M extends string = string> {
  /** Stable forever, never reused, e.g. `DF001`. CIS numbers go in `meta.frameworks`, not here. */
  id: string;
  /** Kebab-case; the rule's folder has this name. */
  name: string;
  source: InputKind;
  meta: AuditRuleMeta;
  /** Named messages with `{{placeholders}}`: a misspelled message id is a type error. */
  messages: Readonly<Record<M, string>>;
  check(ctx: RuleContext<M>, doc: D): void;
}

/** Identity helper that types `messageId` against `messages`. */
export function defineAuditRule<D, M extends string>(rule: AuditRule<D, M>): AuditRule<D, M> {
  return rule;
}
