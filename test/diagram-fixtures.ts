import { join } from 'node:path';
import { loadModel, loadModelFile } from '../src/model/load.js';
import type { ResolvedModel } from '../src/model/model.js';
import type { DiagramThreat } from '../src/report/diagram/graph.js';
import { analyzeModel } from '../src/stride/report.js';

// Helpers shared by the diagram tests in src/report/diagram/ and test/diagram-cli.test.ts.

export const ROOT = join(import.meta.dirname, '..');
export const EXAMPLES = ['webapp', 'docker', 'kubernetes'] as const;

/** A bundled example and its threats; decisions expire, so `today` is fixed unless a test compares with the CLI. */
export async function loadExample(
  name: string,
  today = '2026-01-01',
): Promise<{ model: ResolvedModel; threats: DiagramThreat[] }> {
  const { model, diagnostics } = await loadModelFile(join('examples', name), { cwd: ROOT, today });
  if (!model) throw new Error(`examples/${name}: ${JSON.stringify(diagnostics)}`);
  return { model, threats: threatsOf(model, today) };
}

export function threatsOf(model: ResolvedModel, today = '2026-01-01'): DiagramThreat[] {
  return analyzeModel(model, { today }).threats.map((t) => ({
    element: { type: t.element.type, id: t.element.id },
    category: t.category,
    open: t.status === 'open',
  }));
}

/** Open threats per element and STRIDE letter, counted straight from the threat list: what the badges must say. */
export function expectedBadges(threats: readonly DiagramThreat[]): Map<string, Record<string, number>> {
  const letters: Record<string, string> = {
    spoofing: 'S',
    tampering: 'T',
    repudiation: 'R',
    'information-disclosure': 'I',
    'denial-of-service': 'D',
    'elevation-of-privilege': 'E',
  };
  const out = new Map<string, Record<string, number>>();
  for (const t of threats) {
    if (!t.open) continue;
    const key = `${t.element.type}:${t.element.id}`;
    const counts = out.get(key) ?? {};
    const letter = letters[t.category] as string;
    counts[letter] = (counts[letter] ?? 0) + 1;
    out.set(key, counts);
  }
  return out;
}

/** Names that try to break out of every notation: markup, quotes, DOT escapes, Mermaid entities, newlines. */
export const HOSTILE = {
  system: '<svg onload=alert(1)> "sys" & co',
  component: '<script>alert(1)</script> "dq" \'sq\' back\\slash \\N \\G &amp; #quot; end\nsecond line',
  boundary: '</g><script>alert(2)</script> } ]] --> <!-- "b"',
  tech: 'evil" onload="alert(3)',
  flow: 'flow "name" <b>bold</b> |pipe| `tick`',
  asset: '<img src=x onerror=alert(4)>',
} as const;

/** A small model whose names carry the hostile strings. */
export function hostileModel(): ResolvedModel {
  const q = (s: string) => JSON.stringify(s);
  const text = [
    'version: 1',
    `system: { name: ${q(HOSTILE.system)} }`,
    'boundaries:',
    `  - { id: outer, name: ${q(HOSTILE.boundary)}, kind: network }`,
    '  - { id: inner, name: Inner, kind: container, parent: outer }',
    'assets:',
    `  - { id: evil, name: ${q(HOSTILE.asset)}, classification: pii }`,
    'components:',
    '  - { id: user, name: User, kind: actor }',
    `  - { id: app, name: ${q(HOSTILE.component)}, kind: process, tech: ${q(HOSTILE.tech)}, boundary: inner }`,
    '  - { id: db, name: DB, kind: datastore, boundary: outer }',
    'flows:',
    `  - { id: f1, name: ${q(HOSTILE.flow)}, from: user, to: app, protocol: http, port: 80, data: [evil] }`,
    '  - { id: f2, from: app, to: db, protocol: tls, port: 5432 }',
  ].join('\n');
  const { model, diagnostics } = loadModel(text, 'hostile.yaml', { today: '2026-01-01' });
  if (!model) throw new Error(JSON.stringify(diagnostics));
  return model;
}
