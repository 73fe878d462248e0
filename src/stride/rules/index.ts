import type { ThreatRule } from '../rule.js';
import { DOCKER_RULES } from './docker/index.js';
import { GENERIC_RULES } from './generic/index.js';
import { KUBERNETES_RULES } from './kubernetes/index.js';
import { WEB_RULES } from './web/index.js';

/** Every built-in threat rule, registered explicitly. A test compares this list with the rule folders. */
export const THREAT_RULES: readonly ThreatRule[] = [
  ...GENERIC_RULES,
  ...WEB_RULES,
  ...DOCKER_RULES,
  ...KUBERNETES_RULES,
];
