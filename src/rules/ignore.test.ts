import { describe, expect, it } from 'vitest';
import type { CheckResult, Finding } from '../core/finding.js';
import { applyIgnores, targetMatcher } from './ignore.js';

describe('targetMatcher', () => {
  it.each([
    ['deploy', 'deploy/web.yaml', true],
    ['deploy/', 'deploy/a/b.yaml', true],
    ['./deploy', 'deploy/web.yaml', true],
    ['deploy', 'deployment/web.yaml', false],
    ['app/Dockerfile', 'app/Dockerfile', true],
    ['*/Dockerfile', 'app/Dockerfile', true],
    ['*/Dockerfile', 'a/b/Dockerfile', false],
    ['**/Dockerfile', 'Dockerfile', true],
    ['**/Dockerfile', 'a/b/Dockerfile', true],
    ['k8s/**', 'k8s/a/b.yaml', true],
    ['k8s/*.yaml', 'k8s/a.yml', false],
    ['Dockerfile.?', 'Dockerfile.a', true],
  ])('%s matches %s: %s', (pattern, target, expected) => {
    expect(targetMatcher(pattern)(target)).toBe(expected);
  });
});

describe('applyIgnores', () => {
  const finding = (ruleId: string, target: string): Finding => ({
    ruleId,
    target,
    severity: 'high',
    message: `${ruleId} on ${target}`,
  });

  it('suppresses matching findings with the reason and passes a check left with none open', () => {
    const result = {
      findings: [finding('DF001', 'a/Dockerfile'), finding('DF001', 'b/Dockerfile'), finding('DF002', 'a/Dockerfile')],
      checks: [
        { ruleId: 'DF001', target: 'a/Dockerfile', state: 'fail' },
        { ruleId: 'DF001', target: 'b/Dockerfile', state: 'fail' },
        { ruleId: 'DF002', target: 'a/Dockerfile', state: 'fail' },
      ] as CheckResult[],
    };
    const location = { uri: 'stridebench.yaml', startLine: 3, startColumn: 5, endLine: 5, endColumn: 1 };
    applyIgnores(result, [{ rule: 'DF001', target: 'a', reason: 'base image runs as nobody', location }]);
    expect(result.findings.map((f) => f.suppressed)).toEqual([
      { reason: 'base image runs as nobody', location },
      undefined,
      undefined,
    ]);
    expect(result.checks.map((c) => c.state)).toEqual(['pass', 'fail', 'fail']);
  });

  it('keeps an inline suppression as it is', () => {
    const f = { ...finding('DF001', 'Dockerfile'), suppressed: { reason: 'inline' } };
    applyIgnores({ findings: [f], checks: [] }, [{ rule: 'DF001', reason: 'config' }]);
    expect(f.suppressed).toEqual({ reason: 'inline' });
  });
});
