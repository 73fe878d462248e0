import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { CheckResult, Finding } from '../core/finding.js';
import type { Location, SourceNode } from '../core/location.js';
import type { ResolvedComponent, ResolvedModel, ResolvedSource } from '../model/model.js';
import { type AuditResult, audit } from '../rules/audit.js';
import { applyIgnores, type Ignore } from '../rules/ignore.js';
import { auditRulesFor } from '../rules/index.js';
import type { AuditOptions } from '../rules/rule.js';
import { composeProjectFiles } from '../sources/compose/index.js';
import { discoverInputs } from '../sources/discover.js';
import { type K8sObject, parseKubernetes, podSpecOf } from '../sources/kubernetes/parse.js';
import { nodeAt, parseYamlFile } from '../sources/yaml/index.js';

/** How the linked artifacts are audited: the rules' options, and the ignores of the configuration file. */
export interface EvidenceAuditOptions {
  options?: AuditOptions;
  ignores?: readonly Ignore[];
}

/** What the linked artifacts say about one audit rule, for one component. */
export interface RuleEvidence {
  state: 'pass' | 'fail' | 'error';
  /** Unsuppressed findings of the rule that fall inside the component's part of the artifact. */
  findings: Finding[];
  /** The artifact the rule ran on. */
  target: string;
}

export interface ComponentEvidence {
  component: ResolvedComponent;
  rules: Map<string, RuleEvidence>;
  /** The component has at least one linked artifact that was read. */
  linked: boolean;
  /**
   * What the component's part of its artifacts offers clients: an Ingress, ports a compose service publishes. A rule
   * that judges only such endpoints (plain HTTP served) passes vacuously on a component that has none.
   */
  endpoints: Endpoints;
}

export interface Endpoints {
  ingress: boolean;
  publishedPorts: boolean;
}

export interface Evidence {
  byComponent: Map<string, ComponentEvidence>;
  audit: AuditResult;
  diagnostics: Diagnostic[];
}

/** A span of an artifact that belongs to a component: a compose service, some Kubernetes objects. */
interface Span {
  uri: string;
  start: [number, number];
  end: [number, number];
}

const within = (l: Location, s: Span) =>
  l.uri === s.uri &&
  (l.startLine > s.start[0] || (l.startLine === s.start[0] && l.startColumn >= s.start[1])) &&
  (l.startLine < s.end[0] || (l.startLine === s.end[0] && l.startColumn <= s.end[1]));

const underPath = (target: string, path: string) =>
  target === path || target.startsWith(path.endsWith('/') ? path : `${path}/`);

/**
 * Audits every artifact the model links (each once, in one run, so manifests see each other) and attributes each
 * finding and check to the components whose artifact — or whose part of it — it concerns.
 */
export async function gatherEvidence(
  model: ResolvedModel,
  cwd: string,
  auditWith: EvidenceAuditOptions = {},
): Promise<Evidence> {
  const diagnostics: Diagnostic[] = [];
  const paths: string[] = [];
  for (const c of model.components) {
    for (const s of c.sources) {
      if (!existsSync(resolve(cwd, s.resolvedPath))) {
        diagnostics.push({
          code: 'source-not-found',
          severity: 'error',
          message: `component "${c.id}" links ${s.kind} "${s.path}", which does not exist (${s.resolvedPath})`,
          location: s.location,
        });
      } else if (auditRulesFor(s.kind).length === 0) {
        // Linking ahead of the rules is allowed (a daemon.json before the daemon rules exist): the artifact is not
        // read, and the controls only it could verify stay unverified rather than failing the whole check.
        diagnostics.push({
          code: 'source-not-audited',
          severity: 'warning',
          message: `component "${c.id}" links ${s.kind} "${s.path}", but this version has no ${s.kind} rules: the controls it would verify stay unverified`,
          location: s.location,
        });
      } else if (!paths.includes(s.resolvedPath)) paths.push(s.resolvedPath);
    }
  }
  const audited = await withoutNestedFiles(paths, cwd);
  const result =
    audited.length > 0
      ? await audit({ paths: audited, cwd, ...(auditWith.options ? { options: auditWith.options } : {}) })
      : { findings: [], checks: [], diagnostics: [], inputs: [] };
  // Ignored findings (the config file's ignores) are evidence of nothing, as inline-suppressed ones are.
  applyIgnores(result, auditWith.ignores ?? []);
  const byComponent = new Map<string, ComponentEvidence>();
  for (const c of model.components) {
    const rules = new Map<string, RuleEvidence>();
    const endpoints: Endpoints = { ingress: false, publishedPorts: false };
    let linked = false;
    for (const source of c.sources) {
      if (!paths.includes(source.resolvedPath)) continue;
      const part = await partOf(source, cwd, diagnostics);
      const spans = part.spans;
      const excluded = part.excluded ?? [];
      endpoints.ingress ||= part.endpoints.ingress;
      endpoints.publishedPorts ||= part.endpoints.publishedPorts;
      const inSource = (target: string) => underPath(target, source.resolvedPath);
      const checks = result.checks.filter((k) => inSource(k.target));
      if (checks.length > 0) linked = true;
      const findings = result.findings.filter(
        (f) =>
          !f.suppressed &&
          inSource(f.target) &&
          (!spans ||
            (f.location !== undefined &&
              spans.some((s) => within(f.location as Location, s)) &&
              !excluded.some((s) => within(f.location as Location, s)))),
      );
      attribute(rules, checks, findings);
    }
    byComponent.set(c.id, { component: c, rules, linked, endpoints });
  }
  return { byComponent, audit: result, diagnostics };
}

/**
 * Drops a linked file that a linked directory already brings in: the audit would read it twice and every finding in
 * it would count twice. A file the directory walk does not recognise stays, since only naming it explicitly reads it.
 */
async function withoutNestedFiles(paths: readonly string[], cwd: string): Promise<string[]> {
  const dirs: string[] = [];
  for (const p of paths) if ((await stat(resolve(cwd, p)).catch(() => undefined))?.isDirectory()) dirs.push(p);
  if (dirs.length === 0) return [...paths];
  const { inputs } = await discoverInputs(dirs, (p) => resolve(cwd, p));
  const walked = new Set(inputs.map((i) => i.path));
  return paths.filter((p) => dirs.includes(p) || !walked.has(p));
}

function attribute(
  rules: Map<string, RuleEvidence>,
  checks: readonly CheckResult[],
  findings: readonly Finding[],
): void {
  for (const check of checks) {
    if (check.state === 'skipped' || check.state === 'manual') continue;
    const mine = findings.filter((f) => f.ruleId === check.ruleId && f.target === check.target);
    const state: RuleEvidence['state'] = check.state === 'error' ? 'error' : mine.length > 0 ? 'fail' : 'pass';
    const prior = rules.get(check.ruleId);
    // fail outranks error outranks pass: one failing artifact is enough to leave a control open
    if (!prior || rank(state) > rank(prior.state))
      rules.set(check.ruleId, { state, findings: [...mine], target: check.target });
    else if (state === 'fail' && prior.state === 'fail') prior.findings.push(...mine);
  }
}

const rank = (s: RuleEvidence['state']) => (s === 'fail' ? 2 : s === 'error' ? 1 : 0);

/**
 * The part of an artifact that belongs to the component: its spans (undefined when the whole artifact does) and the
 * endpoints in that part.
 */
async function partOf(
  source: ResolvedSource,
  cwd: string,
  diagnostics: Diagnostic[],
): Promise<{ spans?: Span[]; excluded?: Span[]; endpoints: Endpoints }> {
  const endpoints: Endpoints = { ingress: false, publishedPorts: false };
  if (source.kind === 'compose') {
    const files = composeProjectFiles(source.resolvedPath, (p) => existsSync(resolve(cwd, p)));
    const spans: Span[] = [];
    for (const file of files) {
      const text = await readFile(resolve(cwd, file), 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      const { documents } = parseYamlFile(text, file);
      for (const d of documents) {
        const services = (d.value as { services?: Record<string, unknown> })?.services;
        if (!services || typeof services !== 'object') continue;
        const publishes = (name: string) => {
          const ports = (services[name] as { ports?: unknown } | null)?.ports;
          return Array.isArray(ports) && ports.length > 0;
        };
        if (!source.service) {
          endpoints.publishedPorts ||= Object.keys(services).some(publishes);
          continue;
        }
        if (!(source.service in services)) continue;
        endpoints.publishedPorts ||= publishes(source.service);
        const key = nodeAt(d, ['services', source.service], 'key');
        const value = nodeAt(d, ['services', source.service]);
        const a = d.file.location([key.range[0], Math.max(key.range[1], value.range[1])]);
        spans.push({ uri: file, start: [a.startLine, a.startColumn], end: [a.endLine, a.endColumn] });
      }
    }
    if (!source.service) return { endpoints };
    if (spans.length === 0) {
      diagnostics.push({
        code: 'source-not-found',
        severity: 'error',
        message: `no service "${source.service}" in ${source.path}`,
        location: source.location,
      });
    }
    return { spans, endpoints };
  }
  if (source.kind === 'kubernetes') {
    const filtered = !!(source.objectKind || source.name || source.namespace || source.selector || source.container);
    const { inputs, unknown } = await discoverInputs([source.resolvedPath], (p) => resolve(cwd, p));
    const spans: Span[] = [];
    // With `container`: the pod's own settings (host namespaces, volumes, its security context) are the container's
    // too, so the whole object stays in; only its other containers are cut out.
    const excluded: Span[] = [];
    let containerFound = false;
    const files = [...inputs.filter((i) => i.kind === 'kubernetes'), ...unknown.map((path) => ({ path }))];
    for (const input of files) {
      const text = await readFile(resolve(cwd, input.path), 'utf8').catch(() => undefined);
      if (text === undefined) continue;
      for (const o of parseKubernetes(text, input.path).objects) {
        if (filtered && !matches(o, source)) continue;
        if (source.container) {
          const siblings = otherContainers(o, source.container);
          if (!siblings) continue;
          containerFound = true;
          excluded.push(...siblings.map((n) => spanOf(input.path, n)));
        }
        if (o.kind === 'Ingress') endpoints.ingress = true;
        spans.push(spanOf(input.path, o.node));
      }
    }
    if (!filtered) return { endpoints };
    if (source.container && !containerFound) {
      diagnostics.push({
        code: 'source-not-found',
        severity: 'warning',
        message: `no container "${source.container}" in the Kubernetes objects of ${source.path} that match the source`,
        location: source.location,
      });
      return { spans, excluded, endpoints };
    }
    if (spans.length === 0) {
      diagnostics.push({
        code: 'source-not-found',
        severity: 'warning',
        message: `no Kubernetes object in ${source.path} matches the source's kind/name/namespace/selector`,
        location: source.location,
      });
    }
    return { spans, excluded, endpoints };
  }
  return { endpoints };
}

function spanOf(uri: string, node: SourceNode): Span {
  const a = node.file.location(node.range);
  return { uri, start: [a.startLine, a.startColumn], end: [a.endLine, a.endColumn] };
}

/**
 * The nodes of a workload's containers other than `name` (containers, init and ephemeral containers), or undefined
 * when the workload has no container of that name.
 */
function otherContainers(o: K8sObject, name: string): SourceNode[] | undefined {
  const pod = podSpecOf(o);
  if (!pod) return undefined;
  const others: SourceNode[] = [];
  let found = false;
  for (const list of ['initContainers', 'containers', 'ephemeralContainers'] as const) {
    const items = pod.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((c, i) => {
      if ((c as { name?: unknown } | null)?.name === name) found = true;
      else others.push(o.at([...pod.path, list, i]));
    });
  }
  return found ? others : undefined;
}

function matches(o: K8sObject, s: ResolvedSource): boolean {
  if (s.objectKind && o.kind !== s.objectKind) return false;
  if (s.name && o.name !== s.name) return false;
  if (s.namespace && (o.namespace ?? 'default') !== s.namespace) return false;
  if (s.selector) {
    const labels = { ...labelsAt(o.value, ['metadata', 'labels']) };
    const pod = podSpecOf(o);
    if (pod) Object.assign(labels, labelsAt(o.value, [...pod.path.slice(0, -1), 'metadata', 'labels']));
    for (const [k, v] of Object.entries(s.selector)) if (labels[k] !== v) return false;
  }
  return true;
}

function labelsAt(value: unknown, path: readonly (string | number)[]): Record<string, string> {
  let v: unknown = value;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v && typeof v === 'object' ? (v as Record<string, string>) : {};
}
