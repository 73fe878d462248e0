import type { RuntimeDoc } from '../../sources/runtime.js';
import type { AuditRule } from '../rule.js';
import privileged from './privileged/rule.js';

export const RUNTIME_RULES: readonly AuditRule<RuntimeDoc, string>[] = [privileged];
