import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli-harness.js';
import { FIXTURES } from './api-server.js';

async function auditStdin(text: string) {
  const { code, stdout } = await cli(['audit', '-', '-f', 'json'], tmpdir(), { stdin: text });
  return {
    code,
    out: JSON.parse(stdout) as {
      inputs: unknown[];
      findings: { ruleId: string; location?: unknown }[];
      diagnostics: unknown[];
    },
  };
}

describe('kubectl get … -o yaml | stridebench audit -', () => {
  it('audits every object of a `kind: List` of many kinds, pointing into the piped text', async () => {
    const { code, out } = await auditStdin(readFileSync(join(FIXTURES, 'kubectl', 'get-all.yaml'), 'utf8'));
    expect(code).toBe(0);
    expect(out.inputs).toEqual([{ target: '-', kind: 'kubernetes' }]);
    expect(out.diagnostics).toEqual([]);
    expect(out.findings.filter((f) => f.ruleId === 'RT001').map((f) => f.location)).toEqual([
      { uri: '-', startLine: 46, startColumn: 9, endLine: 46, endColumn: 19 },
      { uri: '-', startLine: 132, startColumn: 13, endLine: 132, endColumn: 23 },
    ]);
  });

  it('audits the same List as `-o json`', async () => {
    const { code, out } = await auditStdin(readFileSync(join(FIXTURES, 'kubectl', 'get-all.json'), 'utf8'));
    expect(code).toBe(0);
    expect(out.findings.filter((f) => f.ruleId === 'RT001').map((f) => f.location)).toEqual([
      { uri: '-', startLine: 66, startColumn: 29, endLine: 66, endColumn: 41 },
      { uri: '-', startLine: 190, startColumn: 37, endLine: 190, endColumn: 49 },
    ]);
  });

  it('finds the same rules in the YAML and the JSON form', async () => {
    const ids = async (file: string) =>
      [
        ...new Set(
          (await auditStdin(readFileSync(join(FIXTURES, 'kubectl', file), 'utf8'))).out.findings.map((f) => f.ruleId),
        ),
      ].sort();
    expect(await ids('get-all.json')).toEqual(await ids('get-all.yaml'));
  });

  it('recognises a List longer than the 64 KiB head, whose `kind: List` comes last', async () => {
    const pod = (i: number) =>
      `- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: worker-${i}\n    namespace: batch\n  spec:\n    containers:\n    - image: busybox:1.36\n      name: work\n      securityContext:\n        privileged: ${i === 799}\n`;
    const text = `apiVersion: v1\nitems:\n${Array.from({ length: 800 }, (_, i) => pod(i)).join('')}kind: List\nmetadata:\n  resourceVersion: ""\n`;
    expect(text.length).toBeGreaterThan(65536);
    const { code, out } = await auditStdin(text);
    expect(code).toBe(0);
    expect(out.findings.filter((f) => f.ruleId === 'RT001').map((f) => f.location)).toEqual([
      { uri: '-', startLine: 2 + 799 * 11 + 11, startColumn: 9, endLine: 2 + 799 * 11 + 11, endColumn: 19 },
    ]);
  });
});
