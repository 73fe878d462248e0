import { findControl } from '../catalogue/index.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { compareDiagnostics } from '../core/diagnostics.js';
import type { ResolvedModel } from '../model/model.js';
import type { Attacker } from './attackers/select.js';
import { selectAttackers } from './attackers/select.js';
import { generateThreats, type Threat } from './engine.js';
import type { ThreatRule } from './rule.js';
import { THREAT_RULES } from './rules/index.js';

/** What `stridebench threats` answers: what could go wrong, and who would make it go wrong. */
export interface ThreatReport {
  model?: { uri: string; system: string; components: number; flows: number };
  threats: Threat[];
  attackers: Attacker[];
  diagnostics: Diagnostic[];
}

export interface AnalyzeOptions {
  rules?: readonly ThreatRule[];
  today?: string;
}

/** Threats and attackers of a loaded model, plus the model-level problems only visible after generation. */
export function analyzeModel(model: ResolvedModel, options: AnalyzeOptions = {}): ThreatReport {
  const { threats, diagnostics } = generateThreats(model, options.rules ?? THREAT_RULES, { today: options.today });
  for (const m of model.mitigations) {
    for (const id of m.controls ?? []) {
      if (!findControl(id)) {
        diagnostics.push({
          code: 'unknown-control',
          severity: 'warning',
          message: `mitigation "${m.id}" names control "${id}", which is not in the catalogue`,
          location: m.location,
        });
      }
    }
  }
  return {
    model: {
      uri: model.uri,
      system: model.system.name,
      components: model.components.length,
      flows: model.flows.length,
    },
    threats,
    attackers: selectAttackers(model),
    diagnostics: diagnostics.sort(compareDiagnostics),
  };
}
