import type { Diagnostic } from '../../core/diagnostics.js';
import type { SourceNode } from '../../core/location.js';
import type { Suppression } from '../../rules/suppress.js';
import { type FlagSet, flagSet, parseFlags } from '../controlplane/flags.js';
import type { ControlPlaneDoc } from '../controlplane/index.js';
import type { K8sObject, KubernetesDoc } from '../kubernetes/parse.js';
import { type KubeletFlagsFile, kubeletArgs } from './flags-file.js';

export { type KubeletFlagsFile, kubeletArgs, parseKubeletFlagsFile } from './flags-file.js';
export {
  KUBELET_SETTINGS,
  type KubeletSetting,
  parseDuration,
  type Resolved,
  resolveFeatureGate,
  resolveSetting,
} from './settings.js';

/** One kubelet as this input describes it: its command-line flags, its config file, or both. */
export interface Kubelet {
  /** `KubeletConfiguration in config.yaml`, `kubelet (10-kubeadm.conf, config.yaml)`, `Pod kube-system/kubelet`. */
  label: string;
  flags: FlagSet;
  /** Whether the input shows the kubelet's command line (a KubeletConfiguration alone does not). */
  flagsKnown: boolean;
  /** The KubeletConfiguration document, when the input has it. */
  config?: K8sObject;
  /**
   * The `--config` path when the flags name a config file that this input does not include: a setting no flag
   * gives is then unknown, never assumed (assuming it is kube-bench's most reported false positive).
   */
  configFile?: string;
  /**
   * Why the input shows only part of the command line — an environment file without the unit that expands it, or a
   * unit whose variables are defined elsewhere: a setting no visible flag gives is then unknown, unless the config
   * file is here to say.
   */
  partial?: string;
  /** Where a setting that is set nowhere is reported when there is no config file: where the flags are. */
  node: SourceNode;
}

export interface KubeletDoc {
  kind: 'kubelet';
  target: string;
  kubelets: Kubelet[];
}

const KUBELET_CONFIG_KIND = 'KubeletConfiguration';

/** The KubeletConfiguration documents of a manifest set, and kubelets run as containers (flags only). */
export function kubeletsFromKubernetes(k8s: KubernetesDoc, cp: ControlPlaneDoc): Kubelet[] {
  const out: Kubelet[] = [];
  for (const object of k8s.objects) {
    if (object.kind !== KUBELET_CONFIG_KIND) continue;
    out.push({
      label: `KubeletConfiguration in ${object.node.file.uri}`,
      flags: flagSet([]),
      flagsKnown: false,
      config: object,
      node: object.at(['kind'], 'key'),
    });
  }
  for (const p of cp.components) {
    if (p.component !== 'kubelet') continue;
    const config = p.flags.get('config')?.value;
    out.push({ label: p.owner, flags: p.flags, flagsKnown: true, configFile: config || undefined, node: p.node });
  }
  return out;
}

/**
 * A kubelet from its flags files (a systemd drop-in and the environment files it reads) and, when the audit has it,
 * the config file its `--config` names.
 */
export function kubeletFromFiles(
  files: readonly KubeletFlagsFile[],
  config: K8sObject | undefined,
): { kubelet: Kubelet; diagnostics: Diagnostic[]; suppressions: Suppression[] } {
  const primary = files.find((f) => f.execStart) ?? files[0];
  if (!primary) throw new Error('kubeletFromFiles needs at least one flags file');
  const { args, unresolved, node } = kubeletArgs(files);
  const flags = parseFlags(args);
  const diagnostics: Diagnostic[] = files.flatMap((f) => f.diagnostics);
  const configPath = flags.get('config')?.value || undefined;
  for (const name of unresolved) {
    diagnostics.push({
      code: 'kubelet-unresolved-variable',
      severity: 'warning',
      message: `${primary.file.uri}: $${name} is not defined in the files audited with it (${
        primary.environmentFiles.join(', ') || 'no EnvironmentFile'
      }); the kubelet flags it holds are not seen`,
      location: primary.file.location(primary.execStart?.node.range ?? [0, 0]),
    });
  }
  const configFlag = flags.get('config');
  if (configPath && configFlag && !config) {
    diagnostics.push({
      code: 'kubelet-config-not-audited',
      severity: 'warning',
      message: `${primary.file.uri}: the kubelet config file ${configPath} is not part of this audit; settings only it could hold are not judged (audit it together with this file)`,
      location: configFlag.node.file.location(configFlag.node.range),
    });
  }
  return {
    kubelet: {
      label: `kubelet (${[...files.map((f) => f.file.uri), ...(config ? [config.node.file.uri] : [])].join(', ')})`,
      flags,
      flagsKnown: true,
      config,
      configFile: config ? undefined : configPath,
      partial: !files.some((f) => f.execStart)
        ? 'the kubelet unit that gives the rest of its command line is not part of this input'
        : unresolved.length > 0
          ? `$${unresolved.join(', $')} ${unresolved.length > 1 ? 'are' : 'is'} not defined in this input`
          : undefined,
      node: node ?? config?.at(['kind'], 'key') ?? { file: primary.file, range: [0, 0] },
    },
    diagnostics,
    suppressions: files.flatMap((f) => f.suppressions),
  };
}

/** The KubeletConfiguration documents of a parsed file. */
export function kubeletConfigs(k8s: KubernetesDoc): K8sObject[] {
  return k8s.objects.filter((o) => o.kind === KUBELET_CONFIG_KIND);
}
