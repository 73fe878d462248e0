// `stridebench check` on the three bundled examples: each links real artifacts shipped beside it, and between them
// they show every status a threat can have, contradicted claims of every kind, and evidence at real lines.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './cli-harness.js';

const EXAMPLES = ['webapp', 'docker', 'kubernetes'] as const;
type Example = (typeof EXAMPLES)[number];

interface Location {
  uri: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface EvidenceItem {
  control: string;
  ruleId: string;
  state: 'pass' | 'fail' | 'error';
  component: string;
  target: string;
  message?: string;
  location?: Location;
}
interface Threat {
  id: string;
  severity: string;
  status: string;
  risk: number;
  mitigations: string[];
  controlStates: { control: string; state: string }[];
  evidence: EvidenceItem[];
  decision?: { status: string; justification?: string; expired: boolean };
}
interface Claim {
  element: { id: string; type: string };
  claim: string;
  state: 'contradicted' | 'confirmed' | 'unverified';
  location?: Location;
  evidence: { ruleId: string; state: string; location?: Location; target: string }[];
}
interface Report {
  model: { uri: string; components: number; linkedComponents: number };
  threats: Threat[];
  controls: { id: string; state: string; evidence: EvidenceItem[] }[];
  findings: { ruleId: string; target: string; location?: Location; suppressed: unknown }[];
  claims: Claim[];
  plan: { control: string; remediation: string; closes: string[]; risk: number; artifacts: string[] }[];
  coverage: {
    overall: Record<string, number>;
    byCategory: Record<string, Record<string, number>>;
    byComponent: object;
  };
  diagnostics: { code: string; severity: string }[];
}

const reports = {} as Record<Example, { text: string; report: Report }>;

beforeAll(async () => {
  for (const name of EXAMPLES) {
    const { code, stdout } = await cli(['check', `examples/${name}`, '--format', 'json']);
    expect(code, name).toBe(0);
    reports[name] = { text: stdout, report: JSON.parse(stdout) as Report };
  }
});

const threat = (name: Example, id: string) => {
  const t = reports[name].report.threats.find((x) => x.id === id);
  if (!t) throw new Error(`${id} is not a threat of examples/${name}`);
  return t;
};
const claim = (name: Example, element: string, text: string) => {
  const c = reports[name].report.claims.find((x) => x.element.id === element && x.claim === text);
  if (!c) throw new Error(`no claim "${text}" on ${element} in examples/${name}`);
  return c;
};
/** The text of a location's first line, from the file it names. */
const lineAt = (l: Location | undefined) => {
  if (!l) throw new Error('no location');
  return readFileSync(join(ROOT, l.uri), 'utf8').split(/\r?\n/)[l.startLine - 1] ?? '';
};
/** The text a location spans on its first line. */
const textAt = (l: Location) =>
  lineAt(l).slice(l.startColumn - 1, l.endLine === l.startLine ? l.endColumn - 1 : undefined);

describe('stridebench check on the bundled examples', () => {
  it('shows every status at least once across the examples', () => {
    const statuses = new Set(EXAMPLES.flatMap((n) => reports[n].report.threats.map((t) => t.status)));
    expect([...statuses].sort()).toEqual([
      'accepted',
      'not-applicable',
      'partially-mitigated',
      'transferred',
      'unmitigated',
      'unverified',
      'verified-mitigated',
    ]);
  });

  it.each([
    ['webapp', 'T-GEN-012@app', 'verified-mitigated'],
    // its network segmentation cannot be verified: a static pod on the host network, which no NetworkPolicy isolates
    ['kubernetes', 'T-K8S-016@controller-manager', 'partially-mitigated'],
    ['webapp', 'T-WEB-015@web', 'partially-mitigated'],
    ['docker', 'T-DKR-026@registry', 'partially-mitigated'],
    ['webapp', 'T-GEN-013@db', 'unmitigated'],
    ['docker', 'T-DKR-007@app', 'unmitigated'],
    ['kubernetes', 'T-K8S-020@kubelet', 'unmitigated'],
    // no artifact linked: the load balancer, the second etcd member
    ['webapp', 'T-WEB-014@lb', 'unverified'],
    ['kubernetes', 'T-K8S-011@etcd-2', 'unverified'],
    // linked, but only design controls no rule verifies
    ['webapp', 'T-WEB-005@db', 'unverified'],
    ['docker', 'T-DKR-027@registry', 'accepted'],
    ['docker', 'T-DKR-006@docker-client', 'transferred'],
    ['docker', 'T-DKR-016@sidecar', 'not-applicable'],
    // an accepted decision that lapsed: judged from the evidence again
    ['docker', 'T-DKR-018@sidecar', 'unmitigated'],
  ] as const)('examples/%s: %s is %s', (name, id, status) => {
    expect(threat(name, id).status).toBe(status);
  });

  it('says why a threat is verified mitigated: every mitigating control passes on the linked artifacts, none on nothing', () => {
    const secrets = threat('webapp', 'T-GEN-012@app');
    expect(secrets.controlStates).toEqual([{ control: 'design:secrets-management', state: 'pass' }]);
    expect(
      secrets.evidence.map((e) => [e.ruleId, e.state, e.target]).sort((a, b) => a.join().localeCompare(b.join())),
    ).toEqual([
      ['DF010', 'pass', 'examples/webapp/app/Dockerfile'],
      ['DF011', 'pass', 'examples/webapp/app/Dockerfile'],
      ['RT046', 'pass', 'examples/webapp/compose.yaml'],
    ]);
    // A rule with nothing to judge is no evidence: KS019 skips the controller manager's static pod (host network), so
    // network segmentation stays unverified while the flags CP015 and CP037 read pass.
    const profiling = threat('kubernetes', 'T-K8S-016@controller-manager');
    expect(profiling.controlStates).toEqual([
      { control: 'cis-kubernetes-1.12.0:1.3.2', state: 'pass' },
      { control: 'cis-kubernetes-1.12.0:1.3.7', state: 'pass' },
      { control: 'design:network-segmentation', state: 'unverified' },
    ]);
    expect(new Set(profiling.evidence.map((e) => e.target))).toEqual(
      new Set(['examples/kubernetes/control-plane/kube-controller-manager.yaml']),
    );
  });

  it('keeps decisions with their justification, and reopens the one that lapsed', () => {
    for (const id of ['T-DKR-027@registry', 'T-DKR-006@docker-client', 'T-DKR-016@sidecar']) {
      expect(threat('docker', id).decision?.justification).toMatch(/\w/);
    }
    expect(threat('docker', 'T-DKR-018@sidecar').decision).toMatchObject({ status: 'accepted', expired: true });
    expect(reports.docker.report.diagnostics.map((d) => d.code)).toContain('decision-expired');
  });

  // [example, threat, rule, text the offending line holds]
  it.each([
    ['webapp', 'T-GEN-013@db', 'RT027', '  db:'],
    ['docker', 'T-DKR-007@app', 'DF001', 'FROM docker.io/library/python:3.12-slim-bookworm'],
    ['docker', 'T-DKR-018@sidecar', 'RT001', 'privileged: true'],
    ['docker', 'T-DKR-015@sidecar', 'RT018', '"service:app"'],
    ['kubernetes', 'T-K8S-020@kubelet', 'KL001', 'enabled: true'],
    ['kubernetes', 'T-K8S-003@apiserver', 'KS003', 'name: cluster-admin'],
    ['kubernetes', 'T-K8S-014@scheduler', 'CP037', '--bind-address=0.0.0.0'],
    // the flag is missing: the evidence is the API server's command, where it belongs
    ['kubernetes', 'T-K8S-011@etcd', 'CP026', '- command:'],
    ['kubernetes', 'T-K8S-032@node-agent', 'RT014', 'hostPID: true'],
  ] as const)('examples/%s: %s fails %s at the line that says "%s"', (name, id, ruleId, text) => {
    const failing = threat(name, id).evidence.filter((e) => e.ruleId === ruleId && e.state === 'fail');
    expect(failing.length).toBeGreaterThan(0);
    for (const e of failing) expect(lineAt(e.location)).toContain(text);
  });

  it('points every piece of evidence at a real file and a real span of it', () => {
    for (const name of EXAMPLES) {
      const { report } = reports[name];
      const locations = [
        ...report.threats.flatMap((t) => t.evidence.map((e) => e.location)),
        ...report.claims.flatMap((c) => [c.location, ...c.evidence.map((e) => e.location)]),
        ...report.findings.map((f) => f.location),
      ].filter((l): l is Location => l !== undefined);
      expect(locations.length).toBeGreaterThan(0);
      for (const l of locations) {
        expect(existsSync(join(ROOT, l.uri)), l.uri).toBe(true);
        expect(l.uri.startsWith(`examples/${name}/`), l.uri).toBe(true);
        const lines = readFileSync(join(ROOT, l.uri), 'utf8').split(/\r?\n/);
        expect(l.startLine).toBeGreaterThanOrEqual(1);
        expect(l.endLine).toBeLessThanOrEqual(lines.length);
        expect(l.startColumn).toBeLessThanOrEqual((lines[l.startLine - 1] ?? '').length + 1);
      }
      // failing evidence never points at an empty line
      for (const e of report.threats.flatMap((t) => t.evidence).filter((x) => x.state === 'fail' && x.location)) {
        expect(textAt(e.location as Location).trim(), `${e.ruleId} ${JSON.stringify(e.location)}`).not.toBe('');
      }
    }
  });

  it('links the artifacts beside each model', () => {
    expect(reports.webapp.report.model.linkedComponents).toBe(4);
    expect(reports.kubernetes.report.model.linkedComponents).toBe(10);
    const targets = (name: Example) => [...new Set(reports[name].report.findings.map((f) => f.target))].sort();
    expect(targets('webapp')).toEqual(['examples/webapp/compose.yaml', 'examples/webapp/nginx/Dockerfile']);
    expect(targets('docker')).toEqual(
      expect.arrayContaining([
        'examples/docker/app/Dockerfile',
        'examples/docker/compose.yaml',
        'examples/docker/registry/compose.yaml',
        'examples/docker/sidecar/Dockerfile',
      ]),
    );
    expect(targets('kubernetes')).toEqual([
      'examples/kubernetes/control-plane/etcd.yaml',
      'examples/kubernetes/control-plane/kube-apiserver.yaml',
      'examples/kubernetes/control-plane/kube-controller-manager.yaml',
      'examples/kubernetes/control-plane/kube-scheduler.yaml',
      'examples/kubernetes/manifests/ingress-nginx.yaml',
      'examples/kubernetes/manifests/kubelet-config.yaml',
      'examples/kubernetes/manifests/monitoring.yaml',
      'examples/kubernetes/manifests/namespaces.yaml',
      'examples/kubernetes/manifests/shop-rbac.yaml',
      'examples/kubernetes/manifests/shop.yaml',
    ]);
    // dockerd links its daemon.json: audited by the daemon rules, or (before a version has them) a warning that its
    // controls stay unverified, never an error
    const daemon = targets('docker').includes('examples/docker/daemon.json');
    expect(reports.docker.report.model.linkedComponents).toBe(daemon ? 5 : 4);
    if (!daemon) expect(reports.docker.report.diagnostics.map((d) => d.code)).toContain('source-not-audited');
    expect(reports.docker.report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('claims in the example models, held against the artifacts', () => {
  // [example, element, claim, rule, model line text, artifact line text]
  it.each([
    [
      'webapp',
      'web',
      'runsAsRoot: false',
      'DF001',
      'runsAsRoot: false',
      'FROM registry.opensuse.org/opensuse/leap:15.6',
    ],
    ['webapp', 'web', 'readOnlyRootFilesystem: true', 'RT032', 'readOnlyRootFilesystem: true', '  web:'],
    ['webapp', 'db', 'memoryLimit: true', 'RT027', 'memoryLimit: true', '  db:'],
    ['docker', 'sidecar', 'mountsDockerSocket: false', 'RT021', 'mountsDockerSocket: false', '/var/run/docker.sock'],
    ['docker', 'pull-app-images', 'encrypted (https)', 'CO001', 'id: pull-app-images', '"5000:5000"'],
    ['kubernetes', 'node-agent', 'privileged: false', 'RT001', 'privileged: false', 'privileged: true'],
    ['kubernetes', 'admin-prometheus-443', 'encrypted (https)', 'KS017', 'name: Prometheus UI', 'rules:'],
  ] as const)('examples/%s: %s "%s" is contradicted by %s', (name, element, text, ruleId, modelLine, artifactLine) => {
    const c = claim(name, element, text);
    expect(c.state).toBe('contradicted');
    expect(lineAt(c.location)).toContain(modelLine);
    const failing = c.evidence.filter((e) => e.ruleId === ruleId && e.state === 'fail');
    expect(failing.length).toBeGreaterThan(0);
    for (const e of failing) expect(lineAt(e.location)).toContain(artifactLine);
  });

  it('finds the boundaries that a privileged container, a docker.sock mount or hostPath / dissolves', () => {
    const sidecar = reports.docker.report.claims.find((c) => c.element.id === 'sidecar-container');
    expect(sidecar?.state).toBe('contradicted');
    expect(sidecar?.evidence.filter((e) => e.state === 'fail').map((e) => e.ruleId)).toEqual([
      'RT021',
      'RT020',
      'RT001',
    ]);
    const host = reports.docker.report.claims.find((c) => c.element.id === 'docker-host');
    expect(host?.state).toBe('contradicted');
    expect(lineAt(host?.location)).toContain('id: docker-host');
    const monitoring = reports.kubernetes.report.claims.find((c) => c.element.id === 'ns-monitoring');
    expect(monitoring?.state).toBe('contradicted');
    const hostRoot = monitoring?.evidence.find((e) => e.ruleId === 'RT020' && e.state === 'fail');
    expect(lineAt(hostRoot?.location)).toContain('path: /');
    // the application's own container keeps its walls
    expect(reports.docker.report.claims.find((c) => c.element.id === 'app-container')?.state).toBe('confirmed');
  });

  it('confirms the claims the hardened artifacts bear out', () => {
    for (const text of [
      'runsAsRoot: false',
      'readOnlyRootFilesystem: true',
      'dropsAllCapabilities: true',
      'memoryLimit: true',
    ]) {
      expect(claim('webapp', 'app', text).state, text).toBe('confirmed');
    }
    expect(claim('webapp', 'lb-web-443', 'encrypted (tcp)').state).toBe('confirmed');
    expect(claim('kubernetes', 'customer-ingress-controller-443', 'encrypted (https)').state).toBe('confirmed');
    expect(claim('kubernetes', 'prometheus', 'readOnlyRootFilesystem: true').state).toBe('confirmed');
  });

  it('leaves a claim unverified when no artifact can speak to it', () => {
    // etcd's peer traffic is not HTTP: the plaintext-HTTP rules say nothing about it
    expect(claim('kubernetes', 'etcd-etcd-2-2380', 'encrypted (etcd-tls)').state).toBe('unverified');
    // the scheduler has no Ingress: that its static pod holds none proves nothing about TLS
    expect(claim('kubernetes', 'prometheus-scheduler-10259', 'encrypted (https)').state).toBe('unverified');
    expect(claim('webapp', 'app-braintree-443', 'encrypted (https)').state).toBe('unverified');
  });
});

describe('the JSON contract of check', () => {
  it.each(EXAMPLES)('examples/%s: threats, controls, findings, claims, plan and coverage', (name) => {
    const { report } = reports[name];
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['threats', 'controls', 'findings', 'claims', 'plan', 'coverage']),
    );
    for (const t of report.threats) {
      expect(typeof t.status).toBe('string');
      expect(t.risk).toBeGreaterThanOrEqual(1);
      expect(t.risk).toBeLessThanOrEqual(10);
      for (const e of t.evidence) {
        expect(Object.keys(e)).toEqual(expect.arrayContaining(['ruleId', 'state']));
        if (e.state === 'fail') expect(e.location ?? e.target).toBeDefined();
      }
    }
    for (const c of report.controls)
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'state', 'evidence']));
    for (const c of report.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['element', 'claim', 'state', 'evidence']));
    }
    for (const p of report.plan) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['control', 'remediation', 'closes', 'risk']));
      expect(p.closes.length).toBeGreaterThan(0);
      // every threat a plan item closes is unmitigated, with this control failing
      for (const id of p.closes) {
        const t = report.threats.find((x) => x.id === id);
        expect(t?.status).toBe('unmitigated');
        expect(t?.controlStates).toContainEqual({ control: p.control, state: 'fail' });
      }
    }
    // the plan is ordered by the risk it closes
    const risks = report.plan.map((p) => p.risk);
    expect(risks).toEqual([...risks].sort((a, b) => b - a));
    const o = report.coverage.overall;
    expect(o.threats).toBe(report.threats.length);
    expect(
      (o['verified-mitigated'] ?? 0) +
        (o['partially-mitigated'] ?? 0) +
        (o.unmitigated ?? 0) +
        (o.unverified ?? 0) +
        (o.decided ?? 0),
    ).toBe(o.threats);
    expect(Object.keys(report.coverage.byCategory).sort()).toEqual(
      [
        'denial-of-service',
        'elevation-of-privilege',
        'information-disclosure',
        'repudiation',
        'spoofing',
        'tampering',
      ].sort(),
    );
  });

  it.each(EXAMPLES)('examples/%s: byte-identical JSON twice', async (name) => {
    const again = await cli(['check', `examples/${name}`, '--format', 'json']);
    expect(again.stdout).toBe(reports[name].text);
  });

  it('gates on unmitigated threats with --fail-on', async () => {
    // webapp: one unmitigated threat, of high severity
    expect((await cli(['check', 'examples/webapp', '--fail-on', 'critical'])).code).toBe(0);
    const high = await cli(['check', 'examples/webapp', '--fail-on', 'high', '--format', 'json']);
    expect(high.code).toBe(1);
    expect(high.stderr).toMatch(/1 unmitigated threats at or above high/);
    expect(JSON.parse(high.stdout).threats.length).toBe(reports.webapp.report.threats.length);
    // docker: the lapsed acceptance leaves a critical threat open; decided threats never count
    expect((await cli(['check', 'examples/docker', '--fail-on', 'critical'])).code).toBe(1);
    expect((await cli(['check', 'examples/kubernetes', '--fail-on', 'none'])).code).toBe(0);
    expect((await cli(['check', 'examples/kubernetes', '--fail-on', 'bogus'])).code).toBe(2);
  });

  it('prints a readable table: the summary, the evidence, the contradicted claims and the plan', async () => {
    const { code, stdout } = await cli(['check', 'examples/webapp']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'Simple web shop — 27 threats: 1 verified mitigated, 1 partially mitigated, 1 unmitigated, 24 unverified, 0 decided · 4/7 components linked to artifacts',
    );
    expect(stdout).toContain(
      '✓ design:secrets-management DF010 DF011 RT046 on examples/webapp/app/Dockerfile, examples/webapp/compose.yaml',
    );
    expect(stdout).toContain('✗ design:resource-limits RT027 examples/webapp/compose.yaml:65:3');
    expect(stdout).toContain('component db: "memoryLimit: true"');
    expect(stdout).toMatch(/Plan: fix first what closes the most risk\n {2}1\. design:resource-limits/);
    expect(stdout).not.toMatch(/\u001b\[/);
  });
});
