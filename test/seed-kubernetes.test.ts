import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STRIDE_CATEGORIES, type StrideCategory } from '../src/core/stride.js';
import { loadModelFile } from '../src/model/load.js';
import type { ResolvedModel } from '../src/model/model.js';
import { type Attacker, selectAttackers } from '../src/stride/attackers/select.js';
import { generateThreats, type ThreatResult } from '../src/stride/engine.js';
import { THREAT_RULES } from '../src/stride/rules/index.js';

// The seed's "Threat Model Kubernetes with STRIDE" names threats in its summary, in its three STRIDE examples and,
// for sidecars, in the Docker host walk-through. Each must come out of a rule, on the element the text is about.
const SEED_THREATS: readonly [phrase: string, ruleId: string, elementId: string, category: StrideCategory][] = [
  [
    'all pods have CAP_NET_RAW permissions. This allows all pods to open raw sockets and inject malicious packets into the Kubernetes container network, which may lead to spoofing.',
    'T-K8S-028',
    'shop-app',
    'spoofing',
  ],
  ['all pods have CAP_NET_RAW permissions (the sidecar too)', 'T-K8S-028', 'log-sidecar', 'spoofing'],
  [
    "Kubernetes natively doesn't allow certificate revocation, which may lead to repudiation if a certificate cannot be revoked when necessary.",
    'T-K8S-006',
    'apiserver',
    'repudiation',
  ],
  [
    'Kubernetes ships without an upper limit for setting the memory footprint. This may lead to a denial of service which could result in exhausting resources needed to run the pod.',
    'T-K8S-029',
    'shop-app',
    'denial-of-service',
  ],
  [
    'in a default Kubernetes installation. Kubelet runs unsecured — leaving it vulnerable for an attack.',
    'T-K8S-020',
    'kubelet',
    'spoofing',
  ],
  ['Kubelet runs unsecured (AlwaysAllow authorization)', 'T-K8S-021', 'kubelet', 'elevation-of-privilege'],
  [
    'Kubelet has also been shown to be used as a pivot point to attack the kube-apiserver.',
    'T-K8S-023',
    'kubelet',
    'elevation-of-privilege',
  ],
  [
    "a sidecar container has intentional access to the primary container's namespace and may spoof the namespace used by the primary container",
    'T-K8S-030',
    'log-sidecar',
    'spoofing',
  ],
  ['The kube-apiserver is the most powerful Kubernetes component.', 'T-K8S-003', 'apiserver', 'elevation-of-privilege'],
  ['etcd [...] stores all the configuration data for the cluster.', 'T-K8S-011', 'etcd', 'information-disclosure'],
  [
    'The kube-scheduler is very important to ensuring pods-to-nodes scheduling and has an attack surface',
    'T-K8S-015',
    'scheduler',
    'tampering',
  ],
  [
    'The kubelet and kube-proxy are vital for communication to the kube-apiserver',
    'T-K8S-026',
    'kube-proxy',
    'tampering',
  ],
  [
    'The kube-controller-manager [...] can also be abused.',
    'T-K8S-018',
    'controller-manager',
    'elevation-of-privilege',
  ],
  [
    '[...] and cloud-controller-manager have a smaller attack surface but can also be abused.',
    'T-K8S-019',
    'cloud-controller-manager',
    'elevation-of-privilege',
  ],
];

// "An attacker may attempt to target any one of the 6 Kubernetes attack surfaces."
const ATTACK_SURFACES: readonly [surface: string, elementIds: readonly string[]][] = [
  ['kube-apiserver', ['apiserver']],
  ['etcd', ['etcd', 'etcd-2']],
  ['kube-scheduler', ['scheduler']],
  ['kubelet', ['kubelet']],
  ['kube-proxy', ['kube-proxy']],
  ['kube-controller-manager and cloud-controller-manager', ['controller-manager', 'cloud-controller-manager']],
];

// "Provide a profile of potential attackers, including their goals and methods."
const SEED_ATTACKERS: readonly [profile: string, goal: RegExp][] = [
  ['cryptominer', /crypto mining/],
  ['data-thief', /financial, user or personally identifiable information \(PII\)/],
  ['nation-state', /intellectual property and trade secrets/],
  ['nation-state', /critical infrastructure/],
  ['supply-chain-attacker', /supply-chain components that affect other organisations/],
];

describe('the seed kubernetes example', () => {
  let model: ResolvedModel;
  let result: ThreatResult;
  let attackers: Attacker[];

  beforeAll(async () => {
    const loaded = await loadModelFile(join(import.meta.dirname, '..', 'examples', 'kubernetes'));
    expect(loaded.diagnostics).toEqual([]);
    if (!loaded.model) throw new Error('examples/kubernetes did not load');
    model = loaded.model;
    result = generateThreats(model, THREAT_RULES, { today: '2026-01-01' });
    attackers = selectAttackers(model);
  });

  it('generates threats without error diagnostics', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.threats.length).toBeGreaterThan(0);
  });

  it.each(SEED_THREATS)('names "%s" as %s on %s', (_phrase, ruleId, elementId, category) => {
    const threat = result.threats.find((t) => t.id === `${ruleId}@${elementId}`);
    expect(threat, `${ruleId}@${elementId} in ${result.threats.map((t) => t.id).join(', ')}`).toBeDefined();
    expect(threat?.category).toBe(category);
    const flow = model.flows.find((f) => f.id === elementId);
    const names = flow ? [flow.from.name, flow.to.name] : [threat?.element.name ?? ''];
    expect(
      names.some((n) => threat?.title.includes(n)),
      `${threat?.title} names one of ${names.join(', ')}`,
    ).toBe(true);
  });

  it.each(ATTACK_SURFACES)('finds threats on the %s attack surface', (_surface, elementIds) => {
    for (const id of elementIds)
      expect(
        model.components.some((c) => c.id === id),
        id,
      ).toBe(true);
    expect(result.threats.filter((t) => elementIds.includes(t.element.id)).length).toBeGreaterThan(0);
  });

  it('keeps the hardened defaults quiet: no NET_RAW or memory threat on the pod that drops and limits', () => {
    const ids = result.threats.map((t) => t.id);
    expect(ids).not.toContain('T-K8S-028@prometheus');
    expect(ids).not.toContain('T-K8S-029@prometheus');
    expect(ids).not.toContain('T-K8S-028@ingress-controller');
    // etcd requires client certificates and only the API server talks to it.
    expect(ids).not.toContain('T-K8S-009@etcd');
    expect(ids).not.toContain('T-K8S-012@etcd');
  });

  it('leaves the threats open: the model declares no decisions and no mitigations', () => {
    expect(result.threats.every((t) => t.status === 'open')).toBe(true);
  });

  it('infers the attackers the seed profiles, with their goals', () => {
    expect(model.attackers).toEqual([]);
    for (const [profile, goal] of SEED_ATTACKERS) {
      const attacker = attackers.find((a) => a.id === profile);
      expect(attacker, profile).toBeDefined();
      expect(attacker?.source).toBe('library');
      expect(
        attacker?.goals.some((g) => goal.test(g)),
        `${profile}: ${goal}`,
      ).toBe(true);
    }
  });

  it('does not flood: a modest number of threats per element on average', () => {
    const elements = model.components.length + model.flows.length;
    expect(result.threats.length / elements).toBeLessThanOrEqual(8);
  });

  it('gives each rule at most one threat per element and covers every STRIDE category', () => {
    expect(new Set(result.threats.map((t) => t.id)).size).toBe(result.threats.length);
    const k8s = result.threats.filter((t) => t.ruleId.startsWith('T-K8S-'));
    for (const category of STRIDE_CATEGORIES)
      expect(
        k8s.some((t) => t.category === category),
        category,
      ).toBe(true);
  });
});
