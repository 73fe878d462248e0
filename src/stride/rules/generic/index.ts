import type { ThreatRule } from '../../rule.js';

export const GENERIC_RULES: readonly ThreatRule[] = [];
