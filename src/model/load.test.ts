import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, loadModelFile } from './load.js';
import { threatModelJsonSchema } from './schema.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'malformed');

describe('malformed models give one coded error with its position', () => {
  it.each([
    ['bad-yaml.yaml', 'yaml-syntax', 8, 1],
    ['wrong-type.yaml', 'invalid-type', 11, 11],
    ['unknown-key.yaml', 'unknown-key', 8, 5],
    ['dangling-flow.yaml', 'dangling-reference', 10, 9],
    ['dangling-boundary.yaml', 'dangling-reference', 8, 15],
    ['duplicate-id.yaml', 'duplicate-id', 8, 9],
    ['duplicate-key.yaml', 'duplicate-key', 7, 5],
    ['cyclic-boundary.yaml', 'cyclic-boundary', 7, 13],
    ['bad-enum.yaml', 'invalid-value', 7, 11],
    ['missing-field.yaml', 'missing-field', 5, 5],
    ['decision-no-justification.yaml', 'decision-missing-justification', 10, 13],
    ['unsupported-version.yaml', 'unsupported-version', 1, 10],
    ['not-a-mapping.yaml', 'not-a-mapping', 1, 1],
    ['unknown-attacker.yaml', 'unknown-attacker', 9, 10],
  ])('%s → %s at %i:%i', async (file, code, line, column) => {
    const { model, diagnostics } = await loadModelFile(join(fixtures, file));
    expect(model).toBeUndefined();
    expect(diagnostics.map((d) => [d.code, d.severity, d.location?.startLine, d.location?.startColumn])).toEqual([
      [code, 'error', line, column],
    ]);
    expect(diagnostics[0]?.location?.uri).toBe(join(fixtures, file));
  });
});

const base = `version: 1
system:
  name: Test
`;

describe('loadModel', () => {
  it('reports every problem of a model, not just the first', () => {
    const { diagnostics } = loadModel(
      `${base}components:
  - id: a
    name: A
    kind: robot
  - id: b
    kind: process
    extra: 1
`,
      'm.yaml',
    );
    expect(diagnostics.map((d) => `${d.code}@${d.location?.startLine}:${d.location?.startColumn}`)).toEqual([
      'invalid-value@7:11',
      'missing-field@8:5',
      'unknown-key@10:5',
    ]);
  });

  it('derives flow ids, default encryption, boundary crossing and internet exposure', () => {
    const { model, diagnostics } = loadModel(
      `${base}boundaries:
  - { id: internet, name: Internet, kind: internet }
  - { id: corp, name: Corp, kind: organization }
  - { id: dmz, name: DMZ, kind: dmz, parent: corp }
components:
  - { id: user, name: User, kind: actor, boundary: internet }
  - { id: web, name: Web, kind: process, tech: nginx, boundary: dmz }
  - { id: db, name: DB, kind: datastore, tech: postgres, boundary: corp }
flows:
  - { from: user, to: web, protocol: https, port: 443 }
  - { from: web, to: db, protocol: postgres }
`,
      'm.yaml',
    );
    expect(diagnostics).toEqual([]);
    const [https, sql] = model?.flows ?? [];
    expect(https).toMatchObject({ id: 'user-web-443', encrypted: true, fromInternet: true, crossesBoundary: true });
    expect(sql).toMatchObject({ id: 'web-db', encrypted: false, fromInternet: false, crossesBoundary: true });
    const web = model?.components.find((c) => c.id === 'web');
    expect(web?.internetFacing).toBe(true);
    expect(web?.boundaryChain.map((b) => b.id)).toEqual(['dmz', 'corp']);
    expect(web?.techTags).toEqual(['nginx', 'web-server', 'reverse-proxy']);
    expect(model?.components.find((c) => c.id === 'db')?.internetFacing).toBe(false);
  });

  it('warns about an expired decision and an unknown tech, and still loads', () => {
    const { model, diagnostics } = loadModel(
      `${base}components:
  - { id: web, name: Web, kind: process, tech: gopher-server }
decisions:
  - threat: T-WEB-001@web
    status: accepted
    justification: behind a VPN
    expires: 2020-01-01
`,
      'm.yaml',
      { today: '2026-01-01' },
    );
    expect(model).toBeDefined();
    expect(diagnostics.map((d) => [d.code, d.severity, d.location?.startLine])).toEqual([
      ['unknown-tech', 'warning', 5],
      ['decision-expired', 'warning', 10],
    ]);
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', ':', '{{', '*a', 'version: 1\nsystem: 3\ncomponents: 4', '\u0000\u0001', 'a: !!binary x']) {
      expect(() => loadModel(text, 'x.yaml')).not.toThrow();
      expect(loadModel(text, 'x.yaml').diagnostics.length).toBeGreaterThan(0);
    }
  });
});

describe('JSON Schema', () => {
  it('is generated from the same definitions as the types (run npm run schema after changing them)', () => {
    const shipped = readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'threat-model.schema.json'), 'utf8');
    expect(shipped).toBe(`${JSON.stringify(threatModelJsonSchema(), null, 2)}\n`);
  });
});
