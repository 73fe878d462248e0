import type { ThreatRule } from '../../rule.js';
import plaintextHttpSpoofing from './plaintext-http-spoofing/rule.js';

export const WEB_RULES: readonly ThreatRule[] = [plaintextHttpSpoofing];
