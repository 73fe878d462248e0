import { describe, expect, it } from 'vitest';
import { auditText } from '../audit.js';
import { staticPod } from '../testing.js';

const rulesOf = (checks: { ruleId: string }[], prefix: string) => checks.filter((c) => c.ruleId.startsWith(prefix));

describe('control-plane and kubelet rules among Kubernetes manifests', () => {
  it('do not run on an application manifest', () => {
    const r = auditText(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: web }\nspec:\n  template:\n    spec:\n      containers: [{ name: web, image: nginx:1.27 }]\n',
      'web.yaml',
      'kubernetes',
    );
    expect(rulesOf(r.checks, 'CP')).toEqual([]);
    expect(rulesOf(r.checks, 'KL')).toEqual([]);
  });

  it('judge an API server static pod and skip the rules of other components', () => {
    const r = auditText(staticPod('kube-apiserver', ['--anonymous-auth=true']), 'kube-apiserver.yaml', 'kubernetes');
    const state = (id: string) => r.checks.find((c) => c.ruleId === id)?.state;
    expect(state('CP001')).toBe('fail');
    expect(state('CP010')).toBe('pass');
    expect(state('CP039')).toBe('skipped');
    expect(rulesOf(r.checks, 'KL')).toEqual([]);
    expect(r.findings.find((f) => f.ruleId === 'CP001')).toMatchObject({
      evidence: '--anonymous-auth=true',
      location: { uri: 'kube-apiserver.yaml', startLine: 12, startColumn: 11, endLine: 12, endColumn: 32 },
    });
  });

  it('run the kubelet rules on a kubelet container, and say when its config file is elsewhere', () => {
    const r = auditText(
      staticPod('kubelet', ['--config=/var/lib/kubelet/config.yaml', '--read-only-port=10255']),
      'kubelet.yaml',
      'kubernetes',
    );
    const state = (id: string) => r.checks.find((c) => c.ruleId === id)?.state;
    expect(state('KL004')).toBe('fail');
    expect(state('KL001')).toBe('skipped');
    expect(r.diagnostics.map((d) => [d.code, d.location?.startLine])).toEqual([['kubelet-config-not-audited', 12]]);
  });
});
