import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audit, auditText } from '../audit.js';
import { auditKubeletFiles, planKubeletAudits } from './audit.js';

const DROP_IN = `[Service]
Environment="KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf"
Environment="KUBELET_CONFIG_ARGS=--config=/var/lib/kubelet/config.yaml"
EnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env
EnvironmentFile=-/etc/default/kubelet
ExecStart=
ExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS $KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS
`;
const FLAGS_ENV = `KUBELET_KUBEADM_ARGS="--container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --anonymous-auth=false --read-only-port=10255"
`;
// authentication.anonymous.enabled: true is overridden by --anonymous-auth=false; readOnlyPort: 0 by --read-only-port
const CONFIG = `apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
authentication:
  anonymous:
    enabled: true
  x509:
    clientCAFile: /etc/kubernetes/pki/ca.crt
authorization:
  mode: Webhook
readOnlyPort: 0
`;

const state = (r: { checks: { ruleId: string; state: string }[] }, id: string) =>
  r.checks.find((c) => c.ruleId === id)?.state;
const where = (
  r: {
    findings: {
      ruleId: string;
      location?: { uri: string; startLine: number; startColumn: number; endColumn: number };
    }[];
  },
  id: string,
) =>
  r.findings
    .filter((f) => f.ruleId === id)
    .map((f) => `${f.location?.uri}:${f.location?.startLine}:${f.location?.startColumn}-${f.location?.endColumn}`);

describe('a kubelet described by several files', () => {
  const result = auditKubeletFiles([
    { text: DROP_IN, target: 'node/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', kind: 'kubelet-flags' },
    { text: FLAGS_ENV, target: 'node/var/lib/kubelet/kubeadm-flags.env', kind: 'kubelet-flags' },
    { text: CONFIG, target: 'node/var/lib/kubelet/config.yaml', kind: 'kubelet' },
  ]);

  it('lets a flag override the config file, both ways', () => {
    expect(state(result, 'KL001')).toBe('pass');
    expect(where(result, 'KL004')).toEqual(['node/var/lib/kubelet/kubeadm-flags.env:1:118-140']);
  });

  it('reports what neither sets at the config file', () => {
    expect(where(result, 'KL010')).toEqual(['node/var/lib/kubelet/config.yaml:2:1-5']);
    expect(state(result, 'KL003')).toBe('pass');
    expect(state(result, 'KL002')).toBe('pass');
  });

  it('says which variables it could not see', () => {
    expect(result.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'kubelet-unresolved-variable',
        'node/etc/systemd/system/kubelet.service.d/10-kubeadm.conf: $KUBELET_EXTRA_ARGS is not defined in the files audited with it (/var/lib/kubelet/kubeadm-flags.env, /etc/default/kubelet); the kubelet flags it holds are not seen',
      ],
    ]);
  });
});

describe('planKubeletAudits', () => {
  it('groups a unit with the environment files and the config file it names', () => {
    const inputs = [
      { path: 'n1/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', kind: 'kubelet-flags' as const },
      { path: 'n1/var/lib/kubelet/kubeadm-flags.env', kind: 'kubelet-flags' as const },
      { path: 'n1/var/lib/kubelet/config.yaml', kind: 'kubelet' as const },
      { path: 'other/kubelet-config.yaml', kind: 'kubelet' as const },
    ];
    const texts = new Map([
      [inputs[0]?.path as string, DROP_IN],
      [inputs[1]?.path as string, FLAGS_ENV],
      [inputs[2]?.path as string, CONFIG],
      [inputs[3]?.path as string, CONFIG],
    ]);
    const plan = planKubeletAudits(inputs, texts);
    expect(plan.get('n1/var/lib/kubelet/config.yaml')?.map((f) => f.target)).toEqual([
      'n1/etc/systemd/system/kubelet.service.d/10-kubeadm.conf',
      'n1/var/lib/kubelet/kubeadm-flags.env',
      'n1/var/lib/kubelet/config.yaml',
    ]);
    expect(plan.has('other/kubelet-config.yaml')).toBe(false);
  });

  it("puts kubeadm's flags file with the config file next to it when the unit is not given", () => {
    const inputs = [
      { path: 'n2/var/lib/kubelet/config.yaml', kind: 'kubelet' as const },
      { path: 'n2/var/lib/kubelet/kubeadm-flags.env', kind: 'kubelet-flags' as const },
    ];
    const texts = new Map([
      ['n2/var/lib/kubelet/config.yaml', CONFIG],
      ['n2/var/lib/kubelet/kubeadm-flags.env', FLAGS_ENV],
    ]);
    expect(
      planKubeletAudits(inputs, texts)
        .get('n2/var/lib/kubelet/config.yaml')
        ?.map((f) => f.target),
    ).toEqual(['n2/var/lib/kubelet/kubeadm-flags.env', 'n2/var/lib/kubelet/config.yaml']);
  });
});

describe('kubelet inputs alone', () => {
  it('judges a config file with the v1beta1 defaults, and skips what only a flag sets', () => {
    const r = auditText(CONFIG.replace('enabled: true', 'enabled: false'), 'config.yaml', 'kubelet');
    expect(state(r, 'KL001')).toBe('pass');
    expect(state(r, 'KL004')).toBe('pass');
    expect(r.checks.find((c) => c.ruleId === 'KL007')).toMatchObject({
      state: 'skipped',
      message: 'cannot be judged: only a command-line flag sets it, and this input shows no kubelet flags',
    });
    expect(r.inputs).toEqual([{ target: 'config.yaml', kind: 'kubelet' }]);
  });

  it('never assumes the contents of a config file it was not given', () => {
    const r = auditText(DROP_IN, '10-kubeadm.conf', 'kubelet-flags');
    expect(r.checks.find((c) => c.ruleId === 'KL001')).toMatchObject({
      state: 'skipped',
      message: 'cannot be judged: it is read from /var/lib/kubelet/config.yaml, which is not part of this input',
    });
    expect(r.diagnostics.map((d) => d.code)).toContain('kubelet-config-not-audited');
  });

  it('uses the legacy flag defaults for a kubelet run without a config file', () => {
    const r = auditText('ExecStart=/usr/bin/kubelet --node-ip=10.0.0.21\n', 'kubelet.service', 'kubelet-flags');
    expect(where(r, 'KL001')).toEqual(['kubelet.service:1:1-10']);
    expect(where(r, 'KL002')).toEqual(['kubelet.service:1:1-10']);
  });

  it('judges only the flags an environment file shows when its unit is not given', () => {
    const r = auditText('KUBELET_EXTRA_ARGS="--read-only-port=10255"\n', 'kubelet', 'kubelet-flags');
    expect(where(r, 'KL004')).toEqual(['kubelet:1:21-43']);
    expect(r.checks.find((c) => c.ruleId === 'KL001')).toMatchObject({
      state: 'skipped',
      message: 'cannot be judged: the kubelet unit that gives the rest of its command line is not part of this input',
    });
  });
});

describe('audit() on a node snapshot', () => {
  const root = mkdtempSync(join(tmpdir(), 'stridebench-kubelet-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  put('node/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', DROP_IN);
  put('node/var/lib/kubelet/kubeadm-flags.env', FLAGS_ENV);
  put('node/var/lib/kubelet/config.yaml', CONFIG);

  it('discovers the files and audits them as one kubelet', async () => {
    const r = await audit({ paths: ['node'], cwd: root });
    expect(r.inputs).toEqual([
      { target: 'node/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', kind: 'kubelet-flags' },
      { target: 'node/var/lib/kubelet/config.yaml', kind: 'kubelet' },
      { target: 'node/var/lib/kubelet/kubeadm-flags.env', kind: 'kubelet-flags' },
    ]);
    expect(where(r, 'KL004')).toEqual(['node/var/lib/kubelet/kubeadm-flags.env:1:118-140']);
    expect(r.checks.filter((c) => c.ruleId === 'KL001')).toEqual([
      { ruleId: 'KL001', target: 'node/etc/systemd/system/kubelet.service.d/10-kubeadm.conf', state: 'pass' },
    ]);
  });
});
