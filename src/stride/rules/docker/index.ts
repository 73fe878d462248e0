import type { ThreatRule } from '../../rule.js';

export const DOCKER_RULES: readonly ThreatRule[] = [];
