import { COMPOSE_RULES } from './compose/index.js';
import { CONTROLPLANE_RULES } from './controlplane/index.js';
import { DAEMON_RULES } from './daemon/index.js';
import { DOCKERFILE_RULES } from './dockerfile/index.js';
import { ENGINE_RULES } from './engine/index.js';
import { HOST_RULES } from './host/index.js';
import { IMAGE_RULES } from './image/index.js';
import { KUBELET_RULES } from './kubelet/index.js';
import { KUBERNETES_RULES } from './kubernetes/index.js';
import type { AuditRule, InputKind } from './rule.js';
import { RUNTIME_RULES } from './runtime/index.js';

/** Every built-in audit rule, registered explicitly; a test compares this list with the rule folders. */
export const AUDIT_RULES: readonly AuditRule<never, string>[] = [
  ...DOCKERFILE_RULES,
  ...IMAGE_RULES,
  ...RUNTIME_RULES,
  ...KUBERNETES_RULES,
  ...COMPOSE_RULES,
  ...CONTROLPLANE_RULES,
  ...KUBELET_RULES,
  ...DAEMON_RULES,
  ...HOST_RULES,
  ...ENGINE_RULES,
] as AuditRule<never, string>[];

const BY_SOURCE = new Map<InputKind, readonly AuditRule<never, string>[]>();

/** The rules of one kind of input, in catalogue order; kept, as the audit asks for them once or more per file. */
export function auditRulesFor(source: InputKind): readonly AuditRule<never, string>[] {
  let rules = BY_SOURCE.get(source);
  if (!rules) {
    rules = Object.freeze(AUDIT_RULES.filter((r) => r.source === source));
    BY_SOURCE.set(source, rules);
  }
  return rules;
}

export function findAuditRule(id: string): AuditRule<never, string> | undefined {
  return AUDIT_RULES.find((r) => r.id === id || r.name === id);
}
