// Test helpers for audit rules (not part of the build): ESLint-style cases with exact spans.
import { describe, expect, it } from 'vitest';
import { type KubernetesDoc, kubernetesRuntimes, parseKubernetes } from '../sources/kubernetes/parse.js';
import { annotationSuppressions } from '../sources/kubernetes/suppress.js';
import type { RuntimeDoc } from '../sources/runtime.js';
import type { AuditOptions, AuditRule } from './rule.js';
import { runRules } from './run.js';
import type { Suppression } from './suppress.js';

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface RuleCases {
  valid: (string | { code: string; options?: AuditOptions })[];
  invalid: { code: string; options?: AuditOptions; errors: ExpectedError[] }[];
}

export interface Parser<D> {
  /** The file name cases are parsed as; `Dockerfile` when absent. */
  uri?: string;
  parse(text: string, uri: string): D;
  suppressions?(doc: D): Suppression[];
}

/** Runs a rule over valid and invalid cases; duplicate cases and unknown message ids fail the test file itself. */
export function testRule<D, M extends string>(rule: AuditRule<D, M>, parser: Parser<D>, cases: RuleCases): void {
  const codes = [...cases.valid.map((v) => (typeof v === 'string' ? v : v.code)), ...cases.invalid.map((c) => c.code)];
  describe(`${rule.id} ${rule.name}`, () => {
    it('has no duplicate cases and only known message ids', () => {
      expect(new Set(codes).size, 'duplicate test case').toBe(codes.length);
      for (const c of cases.invalid)
        for (const e of c.errors) expect(Object.keys(rule.messages)).toContain(e.messageId);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    const run = (code: string, options?: AuditOptions) => {
      const doc = parser.parse(code, 'Dockerfile');
      return runRules(
        [rule as AuditRule<D, string>],
        { doc, target: 'Dockerfile', text: code, suppressions: parser.suppressions?.(doc) },
        options,
      );
    };
    for (const v of cases.valid) {
      const code = typeof v === 'string' ? v : v.code;
      it(`valid: ${JSON.stringify(code).slice(0, 80)}`, () => {
        const result = run(code, typeof v === 'string' ? undefined : v.options);
        expect(result.diagnostics).toEqual([]);
        expect(result.findings.filter((f) => !f.suppressed).map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${JSON.stringify(c.code).slice(0, 80)}`, () => {
        const result = run(c.code, c.options);
        expect(result.diagnostics).toEqual([]);
        const got = result.findings
          .filter((f) => !f.suppressed)
          .map((f) => ({
            message: f.message,
            line: f.location?.startLine,
            column: f.location?.startColumn,
            endLine: f.location?.endLine,
            endColumn: f.location?.endColumn,
          }));
        const want = c.errors.map((e) => ({
          message: expect.stringMatching(messagePattern(rule.messages[e.messageId as M])),
          line: e.line,
          column: e.column,
          endLine: e.endLine,
          endColumn: e.endColumn,
        }));
        expect(got).toEqual(want);
      });
    }
  });
}

/** A message template as a pattern: placeholders match anything. */
function messagePattern(template: string): RegExp {
  const parts = template.split(/\{\{\w+\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`);
}

/** Runtime rules tested on Kubernetes manifests. */
export const kubernetesRuntimeParser: Parser<RuntimeDoc & { k8s: KubernetesDoc }> = {
  uri: 'manifest.yaml',
  parse(text, uri) {
    const k8s = parseKubernetes(text, uri);
    return { kind: 'runtime', target: uri, runtimes: kubernetesRuntimes(k8s), k8s };
  },
  suppressions: (doc) => [...doc.k8s.suppressions, ...annotationSuppressions(doc.k8s)],
};

/** Kubernetes object rules tested on manifests. */
export const kubernetesParser: Parser<KubernetesDoc> = {
  uri: 'manifest.yaml',
  parse: parseKubernetes,
  suppressions: (doc) => [...doc.suppressions, ...annotationSuppressions(doc)],
};
