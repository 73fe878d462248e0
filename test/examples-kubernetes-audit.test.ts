// The seed's Kubernetes example, audited as a team would run it on its manifests: the concrete threats the seed names
// come out by rule id, at the node that causes them.
import { beforeAll, describe, expect, it } from 'vitest';
import { cli } from './cli-harness.js';

interface Finding {
  ruleId: string;
  message: string;
  suppressed: unknown;
  location?: { uri: string; startLine: number; startColumn: number; endLine: number; endColumn: number };
}
interface Output {
  findings: Finding[];
  checks: { ruleId: string; target: string; state: string }[];
  diagnostics: unknown[];
  inputs: { target: string; kind: string }[];
}

const dir = 'examples/kubernetes/manifests';
let out: Output;

beforeAll(async () => {
  const { stdout } = await cli(['audit', dir, '-f', 'json']);
  out = JSON.parse(stdout) as Output;
});

const open = (ruleId: string, file: string) =>
  out.findings.filter((f) => f.ruleId === ruleId && !f.suppressed && f.location?.uri === `${dir}/${file}`);
const at = (f: Finding | undefined) =>
  f?.location && [f.location.startLine, f.location.startColumn, f.location.endLine, f.location.endColumn];

describe('stridebench audit examples/kubernetes/manifests', () => {
  it('reads every manifest and the kubelet configuration, without input errors or failing rules', () => {
    expect(out.inputs.map((i) => [i.target.slice(dir.length + 1), i.kind])).toEqual([
      ['ingress-nginx.yaml', 'kubernetes'],
      ['kubelet-config.yaml', 'kubelet'],
      ['monitoring.yaml', 'kubernetes'],
      ['namespaces.yaml', 'kubernetes'],
      ['order-export.yaml', 'kubernetes'],
      ['shop-rbac.yaml', 'kubernetes'],
      ['shop.yaml', 'kubernetes'],
    ]);
    expect(out.diagnostics).toEqual([]);
    expect(out.checks.filter((c) => c.state === 'error')).toEqual([]);
  });

  it('spoofing: the shop containers keep CAP_NET_RAW', () => {
    const netRaw = open('RT009', 'shop.yaml');
    // the runtime rules word their messages; the container name is what this test relies on
    expect(netRaw.map((f) => f.message)).toEqual([
      expect.stringMatching(/container app\b/),
      expect.stringMatching(/container log-shipper\b/),
    ]);
    // at each container's name, where a securityContext dropping it would go
    expect(netRaw.map(at)).toEqual([
      [41, 17, 41, 20],
      [67, 17, 67, 28],
    ]);
    expect(open('RT009', 'order-export.yaml')).toHaveLength(1);
    // the hardened Prometheus and the ingress controller drop ALL
    expect(open('RT009', 'monitoring.yaml')).toEqual([]);
    expect(open('RT009', 'ingress-nginx.yaml')).toEqual([]);
  });

  it('denial of service: no memory limit on the shop pod, its sidecar, the export job and the node agent', () => {
    expect(open('RT027', 'shop.yaml').map(at)).toEqual([
      [41, 17, 41, 20],
      [67, 17, 67, 28],
    ]);
    expect(open('RT027', 'order-export.yaml')).toHaveLength(1);
    expect(open('RT027', 'monitoring.yaml').map((f) => [f.message, at(f)])).toEqual([
      [expect.stringMatching(/node-agent\b.*container agent\b/), [123, 17, 123, 22]],
    ]);
  });

  it('elevation of privilege: the node agent runs privileged, at its `privileged` key', () => {
    const privileged = open('RT001', 'monitoring.yaml');
    expect(privileged.map((f) => [f.message, at(f)])).toEqual([
      [expect.stringMatching(/node-agent\b.*container agent\b/), [126, 13, 126, 23]],
    ]);
    expect(out.findings.filter((f) => f.ruleId === 'RT001')).toHaveLength(1);
  });

  it('the kubelet runs unsecured: anonymous authentication and AlwaysAllow authorization', () => {
    expect(open('KL001', 'kubelet-config.yaml').map(at)).toEqual([[7, 5, 7, 12]]);
    expect(open('KL002', 'kubelet-config.yaml')).toHaveLength(1);
  });

  it('flags what the manifests add to the model: RBAC, network isolation, the shared process namespace', () => {
    expect(open('KS003', 'shop-rbac.yaml').map((f) => [f.message, at(f)])).toEqual([
      [expect.stringContaining('ClusterRoleBinding/ci-deployer grants cluster-admin'), [50, 9, 50, 22]],
    ]);
    expect(open('KS002', 'ingress-nginx.yaml')).toHaveLength(1);
    expect(open('KS019', 'shop.yaml').map((f) => f.message)).toEqual([
      expect.stringContaining('Deployment/shop-app (namespace shop): no NetworkPolicy selects its pods'),
    ]);
    expect(open('RT018', 'shop.yaml')).toHaveLength(1);
    // the public load balancer is acknowledged in the manifest, with its reason
    const lb = out.findings.filter((f) => f.ruleId === 'KS015');
    expect(lb).toHaveLength(1);
    expect(lb[0]?.suppressed).toMatchObject({
      reason: 'the public entry point of the shop, TLS terminates at the controller',
    });
    // the shop is served over TLS only; the on-call team's Prometheus UI is not
    expect(open('KS017', 'shop.yaml')).toEqual([]);
    expect(open('KS017', 'monitoring.yaml').map((f) => [f.message, at(f)])).toEqual([
      [expect.stringContaining('Ingress/prometheus (namespace monitoring) has no tls section'), [162, 3, 162, 8]],
    ]);
  });
});
