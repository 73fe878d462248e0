import type { ComponentPredicate } from '../predicate.js';

export interface AttackerProfile {
  id: string;
  name: string;
  description: string;
  motivation: string;
  goals: readonly string[];
  methods: readonly string[];
  /** The profile is relevant to a model when some component matches. */
  relevantWhen: ComponentPredicate;
  /** Why it was chosen, shown next to an inferred attacker. */
  reason: string;
}

/**
 * Built-in attacker profiles. A model names the ones it wants (`attackers: [{ use: cryptominer }]`); a model that
 * names none gets every profile whose `relevantWhen` matches one of its components.
 */
export const ATTACKER_LIBRARY: readonly AttackerProfile[] = [
  {
    id: 'financial-criminal',
    name: 'Financially motivated criminal',
    description: 'An organised, opportunistic attacker who monetises access: fraud, theft of data that sells, ransom.',
    motivation: 'financial gain',
    goals: [
      'financial gain by stealing user data',
      'modify prices or transactions in their favour (fraudulent transactions)',
      'hold data or service to ransom',
    ],
    methods: [
      'exploit injection flaws such as SQL injection in internet-facing applications',
      'hijack user sessions over unencrypted connections',
      'credential stuffing and abuse of login pages',
      'ransomware after initial access',
    ],
    relevantWhen: { any: [{ handles: ['payment', 'pii', 'credentials'] }, { internetFacing: true }] },
    reason: 'the system is reachable from the internet or handles payment, personal or credential data',
  },
  {
    id: 'cryptominer',
    name: 'Cryptominer abusing cluster resources',
    description: 'Automated campaigns that scan for exposed container engines, kubelets and dashboards to run miners.',
    motivation: 'financial gain from stolen compute',
    goals: ['abuse cluster resources to run crypto mining', 'persist on as many nodes as possible unnoticed'],
    methods: [
      'scan for unauthenticated Docker APIs, kubelets and Kubernetes dashboards',
      'deploy privileged pods or DaemonSets running miners',
      'pull malicious images from public registries',
      'exploit missing resource limits to take all CPU and memory',
    ],
    relevantWhen: { tech: ['kubernetes', 'docker-daemon', 'container-runtime', 'container'] },
    reason: 'the system runs containers or a Kubernetes cluster, whose compute is a target in itself',
  },
  {
    id: 'data-thief',
    name: 'Data thief after PII and payment data',
    description: 'Targets the data stores and the flows that carry personal, financial or user data, to sell it.',
    motivation: 'financial gain from selling data',
    goals: [
      'steal financial, user or personally identifiable information (PII) being processed',
      'harvest card numbers from logs, backups and misconfigured stores',
    ],
    methods: [
      'read sensitive data leaked into logs',
      'query databases through injection or exposed ports',
      'read secrets from etcd, images or environment variables',
      'intercept unencrypted traffic',
    ],
    relevantWhen: { handles: ['pii', 'payment'] },
    reason: 'the system stores or carries personal or payment data',
  },
  {
    id: 'insider',
    name: 'Malicious or careless insider',
    description: 'An employee, contractor or administrator with legitimate access who abuses or mishandles it.',
    motivation: 'revenge, financial gain, or convenience',
    goals: ['abuse legitimate privileged access', 'make changes that cannot be attributed to them', 'exfiltrate data'],
    methods: [
      'use administrative logins and Docker/Kubernetes clients to make unauthorised changes',
      'disable or avoid audit logging',
      'copy secrets and data from systems they operate',
    ],
    relevantWhen: {
      any: [
        { property: 'adminInterface' },
        { tech: ['docker-client', 'kubectl', 'kube-apiserver', 'docker-daemon'] },
        { stores: ['pii', 'payment', 'credentials', 'secret', 'intellectual-property'] },
      ],
    },
    reason: 'the system has administrative interfaces or stores sensitive data that staff can reach',
  },
  {
    id: 'supply-chain-attacker',
    name: 'Supply-chain attacker',
    description: 'Compromises what others build on: images, packages, registries, build pipelines.',
    motivation: 'reach many organisations through one compromise',
    goals: [
      'tamper with supply-chain components that affect other organisations upstream and downstream',
      'get malicious images or libraries run inside trusted environments',
    ],
    methods: [
      'publish typosquatted or backdoored images and open source libraries',
      'compromise registries and CI systems to replace artifacts',
      'tamper with Dockerfiles and build inputs on developer machines',
    ],
    relevantWhen: { tech: ['image-registry', 'docker-client', 'ci-system', 'kubernetes-workload', 'container'] },
    reason: 'the system builds or pulls container images and third-party code',
  },
  {
    id: 'hacktivist',
    name: 'Hacktivist or DoS attacker',
    description: 'Wants visibility or damage rather than money: takes services down or defaces them.',
    motivation: 'ideology, publicity, disruption',
    goals: ['disrupt the application and cause an outage', 'deface or embarrass the organisation'],
    methods: [
      'volumetric and application-layer denial of service',
      'exhaust resources where there is no rate limiting',
      'deface web content after exploiting a weakness',
    ],
    relevantWhen: { internetFacing: true },
    reason: 'the system has internet-facing components',
  },
  {
    id: 'nation-state',
    name: 'Nation-state actor after intellectual property',
    description: 'Well-resourced and patient; seeks long-term covert access for espionage or sabotage.',
    motivation: 'espionage, strategic advantage, sabotage',
    goals: ['steal intellectual property and trade secrets', 'gain persistent access to critical infrastructure'],
    methods: [
      'chain vulnerabilities across components and pivot (e.g. from a kubelet to the kube-apiserver)',
      'steal and forge credentials and certificates',
      'implant backdoors in the supply chain',
    ],
    relevantWhen: {
      any: [{ handles: ['intellectual-property'] }, { property: 'criticalInfrastructure' }],
    },
    reason: 'the system holds intellectual property or is part of critical infrastructure',
  },
];

const BY_ID = new Map(ATTACKER_LIBRARY.map((a) => [a.id, a]));

export function isLibraryAttacker(id: string): boolean {
  return BY_ID.has(id);
}

export function libraryAttacker(id: string): AttackerProfile | undefined {
  return BY_ID.get(id);
}
