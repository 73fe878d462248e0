import type { SourceNode } from '../core/location.js';

/**
 * Container runtime settings, normalised. Compose services, Kubernetes containers and `docker inspect` output all
 * map into this one record, so one set of rules serves all three. Every setting keeps the node it came from (or, when
 * it is absent, the node where it would be written), so a finding points at the exact key.
 */
export interface Setting<T> {
  value: T;
  node: SourceNode;
}

export type RuntimeSource = 'compose' | 'kubernetes' | 'docker';

export interface MountSetting {
  /** Host path for bind/hostPath mounts, volume name for named volumes. */
  source: string;
  target: string;
  type: 'bind' | 'hostPath' | 'volume' | 'tmpfs' | 'other';
  readOnly: boolean;
  propagation?: string;
  node: SourceNode;
}

export interface PortSetting {
  containerPort?: number;
  /** Published on the host (compose `ports`, Kubernetes `hostPort`, docker PortBindings). */
  hostPort?: number;
  /** Host address it is bound to; absent means all interfaces. */
  hostIp?: string;
  protocol: string;
  node: SourceNode;
}

export interface EnvSetting {
  name: string;
  /** A literal value; absent when it comes from a secret, a config map, a field or the host environment. */
  value?: string;
  from?: 'secret' | 'configmap' | 'field' | 'resource' | 'host';
  node: SourceNode;
}

export interface ContainerRuntime {
  source: RuntimeSource;
  /** Container or service name. */
  name: string;
  /** What holds it, for messages: `service web`, `Deployment shop/web`, `container web-1`. */
  owner: string;
  /** Kubernetes: init, ephemeral or regular container. */
  role: 'container' | 'init' | 'ephemeral' | 'service';
  /** The container's (or service's) own node: where absent settings are reported. */
  node: SourceNode;
  image?: Setting<string>;
  /** Compose `build:`: the image is built from source and `image` only names the result, so it is not pulled. */
  build?: SourceNode;
  privileged?: Setting<boolean>;
  allowPrivilegeEscalation?: Setting<boolean>;
  /** Capability names normalised: upper case, without `CAP_` (`NET_RAW`). */
  capAdd: Setting<string>[];
  capDrop: Setting<string>[];
  /** `user` as written (`1000:1000`, `root`, `app`). */
  user?: Setting<string>;
  runAsUser?: Setting<number>;
  runAsGroup?: Setting<number>;
  runAsNonRoot?: Setting<boolean>;
  hostNetwork?: Setting<boolean>;
  hostPid?: Setting<boolean>;
  hostIpc?: Setting<boolean>;
  hostUts?: Setting<boolean>;
  hostUserns?: Setting<boolean>;
  /** `container:<name>` / `service:<name>` namespace sharing (compose network_mode, pid) or shareProcessNamespace. */
  sharedNamespaces: Setting<string>[];
  mounts: MountSetting[];
  devices: Setting<string>[];
  ports: PortSetting[];
  memoryLimit?: Setting<string | number>;
  memoryRequest?: Setting<string | number>;
  cpuLimit?: Setting<string | number>;
  cpuRequest?: Setting<string | number>;
  /** Kubernetes `ephemeral-storage` limit and request: the node disk a container may fill (logs, writable layer, emptyDir). */
  ephemeralStorageLimit?: Setting<string | number>;
  ephemeralStorageRequest?: Setting<string | number>;
  pidsLimit?: Setting<number>;
  readOnlyRootFilesystem?: Setting<boolean>;
  noNewPrivileges?: Setting<boolean>;
  /** `unconfined`, `RuntimeDefault`, `Localhost/<file>`, a compose profile path... */
  seccomp?: Setting<string>;
  apparmor?: Setting<string>;
  selinux?: Setting<string>;
  restartPolicy?: Setting<string>;
  restartMaxRetries?: Setting<number>;
  /** A health check (compose `healthcheck`, Kubernetes liveness/readiness probe) and whether it is disabled. */
  healthcheck?: Setting<boolean>;
  env: EnvSetting[];
  automountServiceAccountToken?: Setting<boolean>;
  /** `Always`, `IfNotPresent`, `Never` (Kubernetes `imagePullPolicy`, compose `pull_policy`). */
  imagePullPolicy?: Setting<string>;
  /** Kubernetes `securityContext.procMount`: `Default` or `Unmasked`. */
  procMount?: Setting<string>;
  /** Kernel parameters set for the container (compose `sysctls`, Kubernetes pod `securityContext.sysctls`). */
  sysctls?: { name: string; value?: string; node: SourceNode }[];
  /** Kubernetes probes, each at its key. */
  probes?: { liveness?: SourceNode; readiness?: SourceNode; startup?: SourceNode };
  /** Whole secrets or config maps imported as environment variables (Kubernetes `envFrom`). */
  envFrom?: { from: 'secret' | 'configmap'; name: string; node: SourceNode }[];
  /** The container's own `securityContext` key, when it sets anything. */
  securityContext?: SourceNode;
  /** Kubernetes `windowsOptions.hostProcess` (container or pod level). */
  windowsHostProcess?: Setting<boolean>;
  /** Kubernetes: the pod that holds the container. */
  pod?: PodInfo;
}

/**
 * The pod a Kubernetes container belongs to. Pod-level settings (host namespaces, volumes, sysctls, the service
 * account token) are shared by its containers, so rules report them once per node, and report a missing pod-level
 * setting at `node`.
 */
export interface PodInfo {
  /** The key of the pod spec (`spec`, `template.spec`...). */
  node: SourceNode;
  /** Workload kind: `Pod`, `Deployment`, `CronJob`... */
  kind: string;
  namespace?: string;
  /** The pod-level `securityContext` key, when it sets anything. */
  securityContext?: SourceNode;
  /** Every volume of the pod, mounted or not, with its source type (`hostPath`, `emptyDir`, `scaleIO`...). */
  volumes: PodVolume[];
  serviceAccountName?: Setting<string>;
}

export interface PodVolume {
  name: string;
  /** The volume source key: `hostPath`, `emptyDir`, `configMap`...; empty when the volume names no source. */
  type: string;
  /** For hostPath volumes. */
  hostPath?: string;
  /** The volume source key (`hostPath:`), or the `path` of a hostPath volume. */
  node: SourceNode;
}

/** `CAP_NET_RAW`, `net_raw` and `NET_RAW` are the same capability. */
export function normalizeCapability(name: string): string {
  const upper = String(name).trim().toUpperCase();
  return upper.startsWith('CAP_') ? upper.slice(4) : upper;
}

export function emptyRuntime(
  base: Pick<ContainerRuntime, 'source' | 'name' | 'owner' | 'role' | 'node'>,
): ContainerRuntime {
  return { ...base, capAdd: [], capDrop: [], sharedNamespaces: [], mounts: [], devices: [], ports: [], env: [] };
}

/** The documents a runtime rule sees: every container of one input. */
export interface RuntimeDoc {
  kind: 'runtime';
  target: string;
  runtimes: ContainerRuntime[];
}
