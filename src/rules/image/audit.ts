import type { ImageReadOptions } from '../../sources/image/index.js';
import { type ImageReadResult, readImageBuffer, readImageFile } from '../../sources/image/read.js';
import type { AuditResult } from '../audit.js';
import { auditRulesFor } from '../index.js';
import type { AuditOptions } from '../rule.js';
import { runRules } from '../run.js';

/**
 * Runs the image rules over every image an archive holds; the reader's diagnostics come first. A tar met while
 * walking a directory (`found`) that turns out not to be an image is a warning, not an input error: repositories
 * hold tars of all kinds.
 */
export function auditImages(read: ImageReadResult, options: AuditOptions = {}, found = false): AuditResult {
  const diagnostics = read.diagnostics.map((d) =>
    found && read.notAnImage && d.code === 'image-unsupported' ? { ...d, severity: 'warning' as const } : d,
  );
  const result: AuditResult = { findings: [], checks: [], diagnostics, inputs: [] };
  for (const doc of read.images) {
    const r = runRules(auditRulesFor('image'), { doc: doc as never, target: doc.uri }, options);
    result.findings.push(...r.findings);
    result.checks.push(...r.checks);
    result.diagnostics.push(...r.diagnostics);
    result.inputs.push({ target: doc.uri, kind: 'image' });
  }
  return result;
}

/**
 * Streams an image archive from disk and audits it (`target` is the path as the user gave it; `found` when a
 * directory walk found it rather than the user naming it).
 */
export async function auditImageFile(
  path: string,
  target: string,
  options: AuditOptions = {},
  limits: ImageReadOptions = {},
  found = false,
): Promise<AuditResult> {
  return auditImages(await readImageFile(path, target, limits), options, found);
}

/** Audits an image archive held in memory. */
export async function auditImageBuffer(
  data: Buffer,
  target: string,
  options: AuditOptions = {},
  limits: ImageReadOptions = {},
): Promise<AuditResult> {
  return auditImages(await readImageBuffer(data, target, limits), options);
}
