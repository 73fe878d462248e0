import type { DaemonDoc } from '../../sources/daemon/index.js';
import type { AuditRule } from '../rule.js';
import daemonAufsStorageDriver from './daemon-aufs-storage-driver/rule.js';
import daemonBaseDeviceSizeChanged from './daemon-base-device-size-changed/rule.js';
import daemonCgroupParentChanged from './daemon-cgroup-parent-changed/rule.js';
import daemonDefaultUlimits from './daemon-default-ulimits/rule.js';
import daemonExperimentalFeatures from './daemon-experimental-features/rule.js';
import daemonIccEnabled from './daemon-icc-enabled/rule.js';
import daemonInsecureRegistry from './daemon-insecure-registry/rule.js';
import daemonIptablesDisabled from './daemon-iptables-disabled/rule.js';
import daemonLiveRestoreDisabled from './daemon-live-restore-disabled/rule.js';
import daemonLocalLogging from './daemon-local-logging/rule.js';
import daemonLogLevel from './daemon-log-level/rule.js';
import daemonNewPrivilegesAllowed from './daemon-new-privileges-allowed/rule.js';
import daemonNoAuthorizationPlugin from './daemon-no-authorization-plugin/rule.js';
import daemonRootlessMode from './daemon-rootless-mode/rule.js';
import daemonSeccompProfile from './daemon-seccomp-profile/rule.js';
import daemonTcpWithoutTls from './daemon-tcp-without-tls/rule.js';
import daemonUserlandProxyEnabled from './daemon-userland-proxy-enabled/rule.js';
import daemonUsernsRemapDisabled from './daemon-userns-remap-disabled/rule.js';

/** Daemon rules, in id order: CIS Docker §2. */
export const DAEMON_RULES: readonly AuditRule<DaemonDoc, string>[] = [
  daemonRootlessMode,
  daemonIccEnabled,
  daemonLogLevel,
  daemonIptablesDisabled,
  daemonInsecureRegistry,
  daemonAufsStorageDriver,
  daemonTcpWithoutTls,
  daemonDefaultUlimits,
  daemonUsernsRemapDisabled,
  daemonCgroupParentChanged,
  daemonBaseDeviceSizeChanged,
  daemonNoAuthorizationPlugin,
  daemonLocalLogging,
  daemonNewPrivilegesAllowed,
  daemonLiveRestoreDisabled,
  daemonUserlandProxyEnabled,
  daemonSeccompProfile,
  daemonExperimentalFeatures,
];
