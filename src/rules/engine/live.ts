import { compareDiagnostics } from '../../core/diagnostics.js';
import { type EngineSnapshot, type ReadEngineOptions, readEngine, readSavedImage } from '../../sources/engine/index.js';
import type { ImageReadOptions } from '../../sources/image/index.js';
import type { AuditResult } from '../audit.js';
import { auditImages } from '../image/audit.js';
import type { AuditOptions } from '../rule.js';
import { auditEngineSnapshot } from './audit.js';

export interface AuditEngineRequest extends ReadEngineOptions {
  /** Images to audit in full through `docker save` (config, history and every layer). */
  fullImages?: readonly string[];
  imageLimits?: ImageReadOptions;
}

/**
 * Audits a live Docker engine: reads it (see `readEngine`), runs the engine, runtime and image rules, and audits the
 * images named in `fullImages` layer by layer. When the engine cannot be reached the result holds only the error;
 * otherwise it also carries the snapshot read.
 */
export async function auditEngine(
  request: AuditEngineRequest = {},
  options: AuditOptions = {},
): Promise<AuditResult & { snapshot?: EngineSnapshot }> {
  const read = await readEngine(request);
  if (!read.snapshot) return { findings: [], checks: [], inputs: [], diagnostics: read.diagnostics };
  const full = request.fullImages ?? [];
  const result = auditEngineSnapshot(read.snapshot, options, { skipImages: new Set(full) });
  result.diagnostics.push(...read.diagnostics);
  for (const name of full) {
    const saved = await readSavedImage(name, request, request.imageLimits);
    const audited = auditImages(saved, options);
    result.findings.push(...audited.findings);
    result.checks.push(...audited.checks);
    result.diagnostics.push(...audited.diagnostics);
    result.inputs.push(...audited.inputs);
  }
  result.diagnostics.sort(compareDiagnostics);
  // What was read, for the daemon and host audit of the same engine (`docker info`, the default bridge).
  return { ...result, snapshot: read.snapshot };
}
