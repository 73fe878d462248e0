// Test helpers for host and daemon rules (not part of the build): a host described in YAML goes through the same
// audit as a live host, and each case says which findings, with which logical locations, the rule must give.
import { describe, expect, it } from 'vitest';
import type { CheckState } from '../../core/finding.js';
import { auditHostDescription } from '../daemon/audit.js';
import type { AuditOptions, AuditRule } from '../rule.js';

export interface HostCase {
  /** What the case shows, for the test name. */
  name: string;
  host: string;
  options?: AuditOptions;
}

export interface HostRuleCases {
  pass: HostCase[];
  fail: (HostCase & { findings: { messageId: string; name: string; path: string }[] })[];
  skipped?: (HostCase & { reason: RegExp })[];
  manual?: (HostCase & { reason: RegExp })[];
}

function run(rule: AuditRule<never, string>, c: HostCase) {
  const r = auditHostDescription(c.host, 'host.yaml', c.options);
  return {
    diagnostics: r.diagnostics.filter((d) => d.severity === 'error'),
    findings: r.findings.filter((f) => f.ruleId === rule.id),
    check: r.checks.find((x) => x.ruleId === rule.id),
  };
}

function messagePattern(template: string): RegExp {
  const parts = template.split(/\{\{\w+\}\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`);
}

/** Runs a host (or daemon) rule over described hosts: each case ends in the state it names. */
export function testHostRule<M extends string>(rule: AuditRule<never, M>, cases: HostRuleCases): void {
  const anyRule = rule as AuditRule<never, string>;
  const expectState = (c: HostCase, state: CheckState, reason?: RegExp) => {
    const r = run(anyRule, c);
    expect(r.diagnostics).toEqual([]);
    expect(r.check?.state, JSON.stringify(r.check)).toBe(state);
    if (reason) expect(r.check?.message ?? '').toMatch(reason);
    return r;
  };
  describe(`${rule.id} ${rule.name}`, () => {
    it('has no duplicate case names', () => {
      const names = [...cases.pass, ...cases.fail, ...(cases.skipped ?? []), ...(cases.manual ?? [])].map(
        (c) => c.name,
      );
      expect(new Set(names).size).toBe(names.length);
      expect(cases.pass.length + (cases.manual?.length ?? 0)).toBeGreaterThan(0);
    });
    for (const c of cases.pass)
      it(`passes: ${c.name}`, () => {
        const r = expectState(c, 'pass');
        expect(r.findings.map((f) => f.message)).toEqual([]);
      });
    for (const c of cases.fail)
      it(`fails: ${c.name}`, () => {
        const r = expectState(c, 'fail');
        expect(
          r.findings.map((f) => ({
            message: f.message,
            name: f.logicalLocation?.name,
            path: f.logicalLocation?.path,
          })),
        ).toEqual(
          c.findings.map((e) => ({
            message: expect.stringMatching(messagePattern(rule.messages[e.messageId as M])),
            name: e.name,
            path: e.path,
          })),
        );
      });
    for (const c of cases.skipped ?? []) it(`is skipped: ${c.name}`, () => void expectState(c, 'skipped', c.reason));
    for (const c of cases.manual ?? [])
      it(`is left to a person: ${c.name}`, () => void expectState(c, 'manual', c.reason));
  });
}
