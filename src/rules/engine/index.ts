import type { EngineDoc } from '../../sources/engine/doc.js';
import type { AuditRule } from '../rule.js';
import cgroupParentSet from './cgroup-parent-set/rule.js';
import containerUnhealthy from './container-unhealthy/rule.js';
import contentTrustDisabled from './content-trust-disabled/rule.js';
import engineVersion from './engine-version/rule.js';
import execAsRoot from './exec-as-root/rule.js';
import execPrivileged from './exec-privileged/rule.js';
import restartPolicyNone from './restart-policy-none/rule.js';
import selinuxDisabled from './selinux-disabled/rule.js';
import sshdRunning from './sshd-running/rule.js';
import swarmModeActive from './swarm-mode-active/rule.js';

/**
 * Rules over a live engine as a whole (EN001…): what the runtime and image rules cannot see from one container's
 * settings or one image's config — the engine's swarm state and versions, the client's content trust, processes
 * and exec instances of containers, and what Docker itself adds to a container's security options.
 */
export const ENGINE_RULES: readonly AuditRule<EngineDoc, string>[] = [
  swarmModeActive,
  selinuxDisabled,
  sshdRunning,
  restartPolicyNone,
  execPrivileged,
  execAsRoot,
  cgroupParentSet,
  contentTrustDisabled,
  engineVersion,
  containerUnhealthy,
];
