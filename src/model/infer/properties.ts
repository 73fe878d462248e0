import type { ContainerRuntime } from '../../sources/runtime.js';
import type { Properties } from '../schema.js';

const DOCKER_SOCKET = /(^|\/)docker\.sock$/;
const RUNTIME_SOCKET = /(^|\/)(docker|containerd|crio|cri-dockerd|podman)\.sock$/;

export function mountsDockerSocket(r: ContainerRuntime): boolean {
  return r.mounts.some((m) => (m.type === 'bind' || m.type === 'hostPath') && DOCKER_SOCKET.test(m.source));
}

/** The container runtime socket a container mounts from its host, if any. */
export function runtimeSocket(r: ContainerRuntime): string | undefined {
  return r.mounts.find((m) => (m.type === 'bind' || m.type === 'hostPath') && RUNTIME_SOCKET.test(m.source))?.source;
}

/**
 * Properties that the artifact states, for a component made of these containers (a compose service, or the regular
 * containers of a pod). Only what is written is stated: a property the artifact leaves to the default is left out,
 * except where the model's default is the safe reading and the artifact says otherwise.
 */
export function runtimeProperties(runtimes: readonly ContainerRuntime[]): Properties {
  const p: Properties = {};
  const main = runtimes.filter((r) => r.role !== 'ephemeral');
  const regular = main.filter((r) => r.role !== 'init');
  if (main.length === 0) return p;
  if (main.some((r) => r.privileged?.value === true)) p.privileged = true;
  const uid = (r: ContainerRuntime) =>
    r.runAsUser?.value ?? (r.user && /^root(:|$)/.test(r.user.value) ? 0 : undefined);
  if (regular.some((r) => uid(r) === 0)) p.runsAsRoot = true;
  else if (
    regular.length > 0 &&
    regular.every((r) => {
      const u = uid(r);
      if (u !== undefined) return u > 0;
      // A user name other than root (compose `user: app`) is not uid 0, nor is runAsNonRoot.
      return r.runAsNonRoot?.value === true || (r.user !== undefined && !/^(root|0)(:|$)/.test(r.user.value));
    })
  )
    p.runsAsRoot = false;
  if (regular.length > 0 && regular.every((r) => r.memoryLimit !== undefined)) p.memoryLimit = true;
  if (regular.length > 0 && regular.every((r) => r.readOnlyRootFilesystem?.value === true))
    p.readOnlyRootFilesystem = true;
  if (regular.length > 0 && regular.every((r) => r.capDrop.some((c) => c.value === 'ALL')))
    p.dropsAllCapabilities = true;
  const added = [...new Set(main.flatMap((r) => r.capAdd.map((c) => c.value)))].sort();
  if (added.length > 0) p.capabilitiesAdded = added;
  const namespaces: NonNullable<Properties['hostNamespaces']> = [];
  const first = main[0] as ContainerRuntime;
  // Host namespaces are a pod-level (or service-level) setting: every container has the same.
  if (first.hostPid?.value) namespaces.push('pid');
  if (first.hostIpc?.value) namespaces.push('ipc');
  if (first.hostNetwork?.value) namespaces.push('network');
  if (first.hostUts?.value) namespaces.push('uts');
  if (first.hostUserns?.value && first.source === 'compose') namespaces.push('user');
  if (namespaces.length > 0) p.hostNamespaces = namespaces;
  if (main.some(mountsDockerSocket)) p.mountsDockerSocket = true;
  return p;
}
