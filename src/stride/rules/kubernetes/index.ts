import type { ThreatRule } from '../../rule.js';

export const KUBERNETES_RULES: readonly ThreatRule[] = [];
