import { CONTROLS, type Control } from '../catalogue/index.js';
import { AUDIT_RULES } from './index.js';

/** Controls with the audit rules that verify them, derived from the rules' benchmark sections. */
export function controlsWithRules(): Control[] {
  const verifiers = new Map<string, string[]>();
  for (const rule of AUDIT_RULES) {
    for (const [framework, sections] of Object.entries(rule.meta.frameworks)) {
      for (const section of sections ?? []) {
        const id = `${framework}:${section}`;
        verifiers.set(id, [...(verifiers.get(id) ?? []), rule.id]);
      }
    }
  }
  return CONTROLS.map((c) => ({ ...c, rules: [...new Set([...c.rules, ...(verifiers.get(c.id) ?? [])])].sort() }));
}
