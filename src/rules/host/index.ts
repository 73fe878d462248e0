import type { HostDoc } from '../../sources/host/index.js';
import type { AuditRule } from '../rule.js';
import hostAuditContainerd from './host-audit-containerd/rule.js';
import hostAuditContainerdConfig from './host-audit-containerd-config/rule.js';
import hostAuditContainerdShim from './host-audit-containerd-shim/rule.js';
import hostAuditContainerdShimRuncV1 from './host-audit-containerd-shim-runc-v1/rule.js';
import hostAuditContainerdShimRuncV2 from './host-audit-containerd-shim-runc-v2/rule.js';
import hostAuditContainerdSock from './host-audit-containerd-sock/rule.js';
import hostAuditContainerdState from './host-audit-containerd-state/rule.js';
import hostAuditDaemonJson from './host-audit-daemon-json/rule.js';
import hostAuditDataRoot from './host-audit-data-root/rule.js';
import hostAuditDockerService from './host-audit-docker-service/rule.js';
import hostAuditDockerSocketUnit from './host-audit-docker-socket-unit/rule.js';
import hostAuditDockerd from './host-audit-dockerd/rule.js';
import hostAuditEtcDefaultDocker from './host-audit-etc-default-docker/rule.js';
import hostAuditEtcDocker from './host-audit-etc-docker/rule.js';
import hostAuditEtcSysconfigDocker from './host-audit-etc-sysconfig-docker/rule.js';
import hostAuditRunc from './host-audit-runc/rule.js';
import hostContainerdSockMode from './host-containerd-sock-mode/rule.js';
import hostContainerdSockOwner from './host-containerd-sock-owner/rule.js';
import hostDaemonJsonMode from './host-daemon-json-mode/rule.js';
import hostDaemonJsonOwner from './host-daemon-json-owner/rule.js';
import hostDataRootPartition from './host-data-root-partition/rule.js';
import hostDockerGroupMembers from './host-docker-group-members/rule.js';
import hostDockerServiceMode from './host-docker-service-mode/rule.js';
import hostDockerServiceOwner from './host-docker-service-owner/rule.js';
import hostDockerSockMode from './host-docker-sock-mode/rule.js';
import hostDockerSockOwner from './host-docker-sock-owner/rule.js';
import hostDockerSocketUnitMode from './host-docker-socket-unit-mode/rule.js';
import hostDockerSocketUnitOwner from './host-docker-socket-unit-owner/rule.js';
import hostEtcDefaultDockerMode from './host-etc-default-docker-mode/rule.js';
import hostEtcDefaultDockerOwner from './host-etc-default-docker-owner/rule.js';
import hostEtcDockerMode from './host-etc-docker-mode/rule.js';
import hostEtcDockerOwner from './host-etc-docker-owner/rule.js';
import hostEtcSysconfigDockerMode from './host-etc-sysconfig-docker-mode/rule.js';
import hostEtcSysconfigDockerOwner from './host-etc-sysconfig-docker-owner/rule.js';
import hostRegistryCertsMode from './host-registry-certs-mode/rule.js';
import hostRegistryCertsOwner from './host-registry-certs-owner/rule.js';
import hostTlsCaMode from './host-tls-ca-mode/rule.js';
import hostTlsCaOwner from './host-tls-ca-owner/rule.js';
import hostTlsCertMode from './host-tls-cert-mode/rule.js';
import hostTlsCertOwner from './host-tls-cert-owner/rule.js';
import hostTlsKeyMode from './host-tls-key-mode/rule.js';
import hostTlsKeyOwner from './host-tls-key-owner/rule.js';

/** Host rules, in id order: CIS Docker §1.1 (partition, docker group, audit rules) and §3 (file owners and modes). */
export const HOST_RULES: readonly AuditRule<HostDoc, string>[] = [
  hostDataRootPartition,
  hostDockerGroupMembers,
  hostAuditDockerd,
  hostAuditContainerdState,
  hostAuditDataRoot,
  hostAuditEtcDocker,
  hostAuditDockerService,
  hostAuditContainerdSock,
  hostAuditDockerSocketUnit,
  hostAuditEtcDefaultDocker,
  hostAuditDaemonJson,
  hostAuditContainerdConfig,
  hostAuditEtcSysconfigDocker,
  hostAuditContainerd,
  hostAuditContainerdShim,
  hostAuditContainerdShimRuncV1,
  hostAuditContainerdShimRuncV2,
  hostAuditRunc,
  hostDockerServiceOwner,
  hostDockerServiceMode,
  hostDockerSocketUnitOwner,
  hostDockerSocketUnitMode,
  hostEtcDockerOwner,
  hostEtcDockerMode,
  hostRegistryCertsOwner,
  hostRegistryCertsMode,
  hostTlsCaOwner,
  hostTlsCaMode,
  hostTlsCertOwner,
  hostTlsCertMode,
  hostTlsKeyOwner,
  hostTlsKeyMode,
  hostDockerSockOwner,
  hostDockerSockMode,
  hostDaemonJsonOwner,
  hostDaemonJsonMode,
  hostEtcDefaultDockerOwner,
  hostEtcDefaultDockerMode,
  hostEtcSysconfigDockerMode,
  hostEtcSysconfigDockerOwner,
  hostContainerdSockOwner,
  hostContainerdSockMode,
];
