import { dockerfileSuppressions, parseDockerfile } from '../../sources/dockerfile/index.js';
import type { AuditResult } from '../audit.js';
import type { AuditOptions } from '../rule.js';
import { runRules } from '../run.js';
import { DOCKERFILE_RULES } from './index.js';

/** Audits one Dockerfile. Loads the Dockerfile parser and rules only, for runs (and start-ups) that need no more. */
export function auditDockerfile(text: string, target: string, options: AuditOptions = {}): AuditResult {
  const doc = parseDockerfile(text, target);
  const r = runRules(
    DOCKERFILE_RULES as never,
    { doc: doc as never, target, text, suppressions: dockerfileSuppressions(doc) },
    options,
  );
  return { ...r, inputs: [{ target, kind: 'dockerfile' }] };
}
