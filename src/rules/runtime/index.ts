import type { RuntimeDoc } from '../../sources/runtime.js';
import type { AuditRule } from '../rule.js';
import apparmorUnconfined from './apparmor-unconfined/rule.js';
import capabilitiesAdded from './capabilities-added/rule.js';
import capabilitiesNotDropped from './capabilities-not-dropped/rule.js';
import containerRuntimeSocket from './container-runtime-socket/rule.js';
import containerSecurityContextMissing from './container-security-context-missing/rule.js';
import cpuLimitMissing from './cpu-limit-missing/rule.js';
import cpuNotGuaranteed from './cpu-not-guaranteed/rule.js';
import cpuRequestMissing from './cpu-request-missing/rule.js';
import dangerousCapabilities from './dangerous-capabilities/rule.js';
import defaultServiceAccountUsed from './default-service-account-used/rule.js';
import ephemeralStorageLimitMissing from './ephemeral-storage-limit-missing/rule.js';
import ephemeralStorageRequestMissing from './ephemeral-storage-request-missing/rule.js';
import healthCheckMissing from './health-check-missing/rule.js';
import hostDevices from './host-devices/rule.js';
import hostIpc from './host-ipc/rule.js';
import hostNetwork from './host-network/rule.js';
import hostPathVolume from './host-path-volume/rule.js';
import hostPid from './host-pid/rule.js';
import hostPort from './host-port/rule.js';
import hostUserNamespace from './host-user-namespace/rule.js';
import hostUts from './host-uts/rule.js';
import imageNotPinnedByDigest from './image-not-pinned-by-digest/rule.js';
import imagePullPolicyNotAlways from './image-pull-policy-not-always/rule.js';
import imageTagMutable from './image-tag-mutable/rule.js';
import livenessProbeMissing from './liveness-probe-missing/rule.js';
import lowGroupId from './low-group-id/rule.js';
import lowUserId from './low-user-id/rule.js';
import memoryLimitMissing from './memory-limit-missing/rule.js';
import memoryNotGuaranteed from './memory-not-guaranteed/rule.js';
import memoryRequestMissing from './memory-request-missing/rule.js';
import mountPropagationShared from './mount-propagation-shared/rule.js';
import netRawNotDropped from './net-raw-not-dropped/rule.js';
import nonCoreVolumeType from './non-core-volume-type/rule.js';
import pidsLimitMissing from './pids-limit-missing/rule.js';
import podSecurityContextMissing from './pod-security-context-missing/rule.js';
import portOnAllInterfaces from './port-on-all-interfaces/rule.js';
import privilegeEscalationAllowed from './privilege-escalation-allowed/rule.js';
import privileged from './privileged/rule.js';
import privilegedHostPort from './privileged-host-port/rule.js';
import procMountUnmasked from './proc-mount-unmasked/rule.js';
import readinessProbeMissing from './readiness-probe-missing/rule.js';
import restartPolicy from './restart-policy/rule.js';
import rootFilesystemWritable from './root-filesystem-writable/rule.js';
import runAsNonRootMissing from './run-as-non-root-missing/rule.js';
import runsAsRoot from './runs-as-root/rule.js';
import runsAsUid0 from './runs-as-uid-0/rule.js';
import seccompProfileMissing from './seccomp-profile-missing/rule.js';
import seccompUnconfined from './seccomp-unconfined/rule.js';
import secretInEnvironment from './secret-in-environment/rule.js';
import secretLiteralInEnvironment from './secret-literal-in-environment/rule.js';
import selinuxCustomOptions from './selinux-custom-options/rule.js';
import sensitiveHostPath from './sensitive-host-path/rule.js';
import serviceAccountTokenAutomounted from './service-account-token-automounted/rule.js';
import sharedNamespace from './shared-namespace/rule.js';
import sysAdminCapability from './sys-admin-capability/rule.js';
import tillerDeployed from './tiller-deployed/rule.js';
import unsafeSysctls from './unsafe-sysctls/rule.js';
import windowsHostProcess from './windows-host-process/rule.js';

/** Runtime rules in id order: they serve compose services, Kubernetes containers and live containers alike. */
export const RUNTIME_RULES: readonly AuditRule<RuntimeDoc, string>[] = [
  privileged,
  privilegeEscalationAllowed,
  runsAsRoot,
  runAsNonRootMissing,
  runsAsUid0,
  lowUserId,
  lowGroupId,
  capabilitiesNotDropped,
  netRawNotDropped,
  capabilitiesAdded,
  sysAdminCapability,
  dangerousCapabilities,
  hostNetwork,
  hostPid,
  hostIpc,
  hostUts,
  hostUserNamespace,
  sharedNamespace,
  hostPathVolume,
  sensitiveHostPath,
  containerRuntimeSocket,
  mountPropagationShared,
  hostPort,
  portOnAllInterfaces,
  privilegedHostPort,
  hostDevices,
  memoryLimitMissing,
  memoryRequestMissing,
  cpuLimitMissing,
  cpuRequestMissing,
  pidsLimitMissing,
  rootFilesystemWritable,
  seccompUnconfined,
  seccompProfileMissing,
  apparmorUnconfined,
  selinuxCustomOptions,
  restartPolicy,
  healthCheckMissing,
  livenessProbeMissing,
  readinessProbeMissing,
  serviceAccountTokenAutomounted,
  imageTagMutable,
  imageNotPinnedByDigest,
  imagePullPolicyNotAlways,
  secretInEnvironment,
  secretLiteralInEnvironment,
  procMountUnmasked,
  unsafeSysctls,
  nonCoreVolumeType,
  podSecurityContextMissing,
  containerSecurityContextMissing,
  windowsHostProcess,
  tillerDeployed,
  defaultServiceAccountUsed,
  memoryNotGuaranteed,
  cpuNotGuaranteed,
  ephemeralStorageLimitMissing,
  ephemeralStorageRequestMissing,
];
