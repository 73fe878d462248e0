import { defineThreatRule } from '../../../rule.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-028',
  name: 'pod-net-raw-spoofing',
  category: 'spoofing',
  target: 'component',
  // The container runtime grants NET_RAW unless the container drops all capabilities; a privileged container, or
  // one that adds NET_RAW (or ALL) back, has it regardless of the drop.
  appliesTo: {
    all: [
      WORKLOAD,
      {
        any: [
          { not: { property: 'dropsAllCapabilities', equals: true } },
          { property: 'privileged', equals: true },
          { property: 'capabilitiesAdded', includes: ['NET_RAW', 'CAP_NET_RAW', 'ALL'] },
        ],
      },
    ],
  },
  title: '{{name}} has CAP_NET_RAW and can inject spoofed packets into the cluster network',
  description:
    'Kubernetes ships with insecure defaults: every container gets the CAP_NET_RAW capability from the container runtime unless it drops it. {{name}} does not drop all capabilities (or adds NET_RAW back), so a compromised process in it can open raw sockets and inject malicious packets into the container network — ARP and DNS spoofing, rogue IPv6 router advertisements (CVE-2020-10749) — to impersonate other pods and services and intercept their traffic.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-kubernetes-1.12.0:5.2.8', 'cis-kubernetes-1.12.0:5.2.9', 'design:admission-control'],
  cwe: [250, 1188],
  capec: [94, 142],
  references: [
    'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
    'https://github.com/kubernetes/kubernetes/issues/91507',
  ],
});
