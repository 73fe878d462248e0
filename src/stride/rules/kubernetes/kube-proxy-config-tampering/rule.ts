import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-026',
  name: 'kube-proxy-config-tampering',
  category: 'tampering',
  target: 'component',
  appliesTo: { all: [{ tech: 'kube-proxy' }, SELF_MANAGED] },
  title: 'Tampering with the kubeconfig or configuration of {{name}} redirects service traffic',
  description:
    'kube-proxy programs the iptables, IPVS or nftables rules that route Service traffic on its node, and reads its kubeconfig and configuration from node files. Whoever can write them can point {{name}} at a rogue API server or change its settings, and so redirect or intercept the traffic meant for cluster services.',
  likelihood: 'low',
  impact: 'high',
  mitigations: ['cis-kubernetes-1.12.0:4.1.3', 'cis-kubernetes-1.12.0:4.1.4', 'design:host-hardening'],
  cwe: [732],
  capec: [75],
});
