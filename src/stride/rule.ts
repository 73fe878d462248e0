import type { Level } from '../core/severity.js';
import type { StrideCategory } from '../core/stride.js';
import type { ComponentPredicate, FlowPredicate } from './predicate.js';

interface ThreatRuleBase {
  /** Stable forever, never reused: `T-<DOMAIN>-<NNN>`. */
  id: string;
  /** Kebab-case name; the rule's folder has this name. */
  name: string;
  category: StrideCategory;
  /**
   * Title and description templates. Placeholders name the concrete element: `{{name}}`, `{{id}}`, `{{tech}}`,
   * `{{boundary}}` for components; `{{name}}`, `{{from}}`, `{{to}}`, `{{protocol}}`, `{{port}}`, `{{data}}` for flows.
   */
  title: string;
  description: string;
  likelihood: Level;
  impact: Level;
  /** Control ids (CIS benchmark controls and design mitigations) that mitigate the threat. */
  mitigations: readonly string[];
  cwe: readonly number[];
  capec: readonly number[];
  references?: readonly string[];
}

export interface ComponentThreatRule extends ThreatRuleBase {
  target: 'component';
  appliesTo: ComponentPredicate;
}

export interface FlowThreatRule extends ThreatRuleBase {
  target: 'flow';
  appliesTo: FlowPredicate;
}

export type ThreatRule = ComponentThreatRule | FlowThreatRule;

/** Identity helper: it only gives the rule its type. */
export function defineThreatRule<R extends ThreatRule>(rule: R): R {
  return rule;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Fills `{{key}}` placeholders; an unknown key is a bug in the rule and is reported, never left as text. */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`template placeholder {{${key}}} has no value`);
    return v;
  });
}
