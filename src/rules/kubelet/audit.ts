import { dirname } from 'node:path';
import type { Diagnostic } from '../../core/diagnostics.js';
import { parseFlags } from '../../sources/controlplane/flags.js';
import { controlPlaneDoc } from '../../sources/controlplane/index.js';
import {
  type Kubelet,
  type KubeletDoc,
  type KubeletFlagsFile,
  kubeletArgs,
  kubeletConfigs,
  kubeletFromFiles,
  kubeletsFromKubernetes,
  parseKubeletFlagsFile,
} from '../../sources/kubelet/index.js';
import { type KubernetesDoc, parseKubernetes } from '../../sources/kubernetes/parse.js';
import { annotationSuppressions } from '../../sources/kubernetes/suppress.js';
import { type AuditResult, byPosition } from '../audit.js';
import { auditRulesFor } from '../index.js';
import type { AuditOptions, InputKind } from '../rule.js';
import { runRules } from '../run.js';
import type { Suppression } from '../suppress.js';

export interface KubeletInputFile {
  text: string;
  target: string;
  kind: Extract<InputKind, 'kubelet' | 'kubelet-flags'>;
}

/**
 * Audits the files that describe one kubelet: its flags files (a systemd drop-in and the environment files it
 * reads) and the KubeletConfiguration its `--config` names. A flag overrides the config file, as in the kubelet.
 * Given a config file alone, the kubelet rules judge the file with the v1beta1 defaults.
 */
export function auditKubeletFiles(files: readonly KubeletInputFile[], options: AuditOptions = {}): AuditResult {
  const diagnostics: Diagnostic[] = [];
  const suppressions: Suppression[] = [];
  const flagsFiles: KubeletFlagsFile[] = [];
  const configDocs: KubernetesDoc[] = [];
  for (const f of files) {
    if (f.kind === 'kubelet-flags') {
      const parsed = parseKubeletFlagsFile(f.text, f.target);
      flagsFiles.push(parsed);
      suppressions.push(...parsed.suppressions);
    } else {
      const doc = parseKubernetes(f.text, f.target);
      configDocs.push(doc);
      diagnostics.push(...doc.diagnostics);
      suppressions.push(...doc.suppressions, ...annotationSuppressions(doc));
    }
  }
  const kubelets: Kubelet[] = [];
  const configs = configDocs.flatMap(kubeletConfigs);
  let rest = configDocs.flatMap((d) => kubeletsFromKubernetes(d, controlPlaneDoc(d)));
  if (flagsFiles.length > 0) {
    const fromFiles = kubeletFromFiles(flagsFiles, configs[0]);
    kubelets.push(fromFiles.kubelet);
    diagnostics.push(...fromFiles.diagnostics);
    rest = rest.filter((k) => k.config !== configs[0]);
  }
  kubelets.push(...rest);
  const primary = files.find((f) => f.kind === 'kubelet-flags') ?? files[0];
  const target = primary?.target ?? '-';
  const doc: KubeletDoc = { kind: 'kubelet', target, kubelets };
  const r = runRules(
    auditRulesFor('kubelet'),
    { doc: doc as never, target, text: primary?.text, suppressions },
    options,
  );
  return {
    findings: r.findings.sort(byPosition),
    checks: r.checks,
    diagnostics: [...diagnostics, ...r.diagnostics],
    inputs: files.map((f) => ({ target: f.target, kind: f.kind })),
  };
}

/** For each kubelet input of a run, the files audited together with it; the first one audits the group. */
export type KubeletPlan = ReadonlyMap<string, readonly KubeletInputFile[]>;

/**
 * Groups a run's kubelet files by the kubelet they describe: a systemd unit with the environment files its
 * `EnvironmentFile=` lines name, and the KubeletConfiguration its `--config` names. A referenced path matches an
 * input whose path ends with it (`node1/var/lib/kubelet/config.yaml` for `/var/lib/kubelet/config.yaml`), or else
 * the only input with the same file name. An environment file given without its unit goes with the only
 * KubeletConfiguration in its directory, as kubeadm writes both to /var/lib/kubelet.
 */
export function planKubeletAudits(
  inputs: readonly { path: string; kind: InputKind }[],
  texts: ReadonlyMap<string, string>,
): KubeletPlan {
  const plan = new Map<string, readonly KubeletInputFile[]>();
  const withText = (kind: KubeletInputFile['kind']) =>
    inputs.flatMap((i) => {
      const text = texts.get(i.path);
      return i.kind === kind && text !== undefined ? [{ text, target: i.path, kind }] : [];
    });
  const flags = withText('kubelet-flags').map((f) => ({ file: f, parsed: parseKubeletFlagsFile(f.text, f.target) }));
  if (flags.length === 0) return plan;
  const configs = withText('kubelet');
  const used = new Set<string>();
  const groups: (typeof flags)[] = [];
  for (const unit of flags.filter((f) => f.parsed.execStart)) {
    const envFiles = unit.parsed.environmentFiles.flatMap((p) => {
      const match = findReferenced(
        p,
        flags.filter((f) => !f.parsed.execStart && !used.has(f.file.target)).map((f) => f.file.target),
      );
      return flags.filter((f) => f.file.target === match);
    });
    for (const f of [unit, ...envFiles]) used.add(f.file.target);
    groups.push([unit, ...envFiles]);
  }
  for (const f of flags) if (!used.has(f.file.target)) groups.push([f]);
  for (const group of groups) {
    const configPath = parseFlags(kubeletArgs(group.map((g) => g.parsed)).args).get('config')?.value;
    const free = configs.map((c) => c.target).filter((t) => !used.has(t));
    // kubeadm writes kubeadm-flags.env next to config.yaml, and the unit that would name it may not be in the run.
    const match = configPath
      ? findReferenced(configPath, free)
      : group.some((g) => g.parsed.execStart)
        ? undefined
        : onlyOne(free.filter((t) => dirname(t) === dirname(group[0]?.file.target ?? '')));
    const config = configs.find((c) => c.target === match);
    const files = [...group.map((g) => g.file), ...(config ? [config] : [])];
    if (config) used.add(config.target);
    for (const f of files) plan.set(f.target, files);
  }
  return plan;
}

const onlyOne = (xs: readonly string[]) => (xs.length === 1 ? xs[0] : undefined);

function findReferenced(referenced: string, candidates: readonly string[]): string | undefined {
  const segments = (p: string) => p.split(/[\\/]+/).filter((s) => s !== '' && s !== '.');
  const want = segments(referenced);
  const bySuffix = candidates.filter((c) => {
    const have = segments(c);
    return have.length >= want.length && want.every((s, i) => have[have.length - want.length + i] === s);
  });
  if (bySuffix.length > 0) return bySuffix[0];
  return onlyOne(candidates.filter((c) => segments(c).at(-1) === want.at(-1)));
}

/** One kubelet input of a run: alone, or with the files the plan groups it with. */
export function auditKubeletInput(
  text: string,
  target: string,
  kind: KubeletInputFile['kind'],
  options: AuditOptions = {},
  plan?: KubeletPlan,
): AuditResult {
  const group = plan?.get(target);
  if (!group) return auditKubeletFiles([{ text, target, kind }], options);
  if (group[0]?.target !== target) return { findings: [], checks: [], diagnostics: [], inputs: [{ target, kind }] };
  return { ...auditKubeletFiles(group, options), inputs: [{ target, kind }] };
}
