import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-002',
  name: 'apiserver-internet-exposed',
  category: 'spoofing',
  target: 'component',
  // Managed control planes are included on purpose: their public endpoint is the customer's choice and is exposed
  // in the same way.
  appliesTo: { all: [{ tech: 'kube-apiserver' }, { internetFacing: true }] },
  title: '{{name}} is reachable from the internet, so stolen cluster credentials work from anywhere',
  description:
    '{{name}} accepts connections from the internet. A leaked kubeconfig, service-account token or cloud credential can then be replayed from any address to impersonate its owner, the endpoint is found by mass scanning within hours, and every pre-authentication flaw of the API server is exposed to the world.',
  likelihood: 'high',
  impact: 'high',
  mitigations: [
    'design:admin-interface-isolation',
    'design:network-segmentation',
    'design:mfa',
    'cis-kubernetes-1.12.0:1.2.1',
  ],
  cwe: [668],
  capec: [560],
});
