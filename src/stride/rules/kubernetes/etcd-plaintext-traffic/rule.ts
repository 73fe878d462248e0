import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-010',
  name: 'etcd-plaintext-traffic',
  category: 'information-disclosure',
  target: 'flow',
  // Client (2379) and peer (2380) traffic both end at an etcd member.
  appliesTo: { all: [{ target: { tech: 'etcd' } }, { encrypted: false }] },
  title: 'Plaintext {{protocol}} from {{from}} to {{to}} on port {{port}} exposes the Secrets of the cluster',
  description:
    '{{name}} carries etcd client or peer traffic without TLS. Every Secret, service-account token and configuration object of the cluster crosses it in cleartext, so anyone who can sniff the control-plane network reads them and can alter them in transit.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:2.1',
    'cis-kubernetes-1.12.0:2.3',
    'cis-kubernetes-1.12.0:2.4',
    'cis-kubernetes-1.12.0:2.6',
    'cis-kubernetes-1.12.0:1.2.26',
    'design:tls',
  ],
  cwe: [319],
  capec: [157],
  references: ['https://etcd.io/docs/v3.5/op-guide/security/'],
});
