// Test helpers for image rules (not part of the build): each case is an image description that is built into a real
// archive, read back by the streaming reader and audited, with exact expectations on messages and logical paths.
import { describe, expect, it } from 'vitest';
import { buildImageTar, type ImageDescription } from '../../sources/image/build.js';
import type { ImageDoc } from '../../sources/image/index.js';
import { readImageBuffer } from '../../sources/image/read.js';
import type { AuditRule } from '../rule.js';
import { runRules } from '../run.js';

export const TEST_IMAGE = 'image.tar';

/** Builds the described image and reads it back, failing on any error diagnostic. */
export async function describedImage(description: ImageDescription, uri = TEST_IMAGE): Promise<ImageDoc> {
  const { images, diagnostics } = await readImageBuffer(await buildImageTar(description), uri);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || images.length !== 1) throw new Error(`bad test image: ${JSON.stringify(errors)}`);
  return images[0] as ImageDoc;
}

export interface ExpectedImageError {
  messageId: string;
  /** The logical path: `config.User`, `history[2]`, `layer 0:/etc/shadow`. */
  path: string;
}

export interface ImageRuleCases {
  valid: { name: string; image: ImageDescription }[];
  invalid: { name: string; image: ImageDescription; errors: ExpectedImageError[] }[];
}

export async function runImageRule<M extends string>(rule: AuditRule<ImageDoc, M>, description: ImageDescription) {
  const doc = await describedImage(description);
  return runRules([rule as AuditRule<ImageDoc, string>], { doc, target: TEST_IMAGE });
}

export function testImageRule<M extends string>(rule: AuditRule<ImageDoc, M>, cases: ImageRuleCases): void {
  describe(`${rule.id} ${rule.name}`, () => {
    it('has unique case names and only known message ids', () => {
      const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
      expect(new Set(names).size, 'duplicate case name').toBe(names.length);
      for (const c of cases.invalid)
        for (const e of c.errors) expect(Object.keys(rule.messages)).toContain(e.messageId);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const v of cases.valid) {
      it(`valid: ${v.name}`, async () => {
        const result = await runImageRule(rule, v.image);
        expect(result.diagnostics).toEqual([]);
        expect(result.findings.map((f) => f.message)).toEqual([]);
        expect(result.checks.map((c) => c.state)).not.toContain('error');
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, async () => {
        const result = await runImageRule(rule, c.image);
        expect(result.diagnostics).toEqual([]);
        expect(result.checks.map((ch) => ch.state)).toEqual(['fail']);
        const got = result.findings.map((f) => ({
          message: f.message,
          location: f.logicalLocation,
          line: f.location,
        }));
        const want = c.errors.map((e) => ({
          message: expect.stringMatching(messagePattern(rule.messages[e.messageId as M])),
          location: { kind: 'image', name: TEST_IMAGE, path: e.path },
          line: undefined,
        }));
        expect(got).toEqual(want);
        // The runner masks a word that follows a secret-like word; a message must not lose its own wording to that.
        for (const f of result.findings) expect(f.message).not.toContain('****');
      });
    }
  });
}

function messagePattern(template: string): RegExp {
  const parts = template.split(/\{\{\w+\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`);
}
