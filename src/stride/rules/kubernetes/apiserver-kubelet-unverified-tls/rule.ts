import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-008',
  name: 'apiserver-kubelet-unverified-tls',
  category: 'tampering',
  target: 'flow',
  // `authenticated: true` on this flow states that both ends are verified: the API server presents a client
  // certificate and checks the kubelet's serving certificate against a CA.
  appliesTo: {
    all: [{ source: { tech: 'kube-apiserver' } }, { target: { tech: 'kubelet' } }, { authenticated: false }],
  },
  title:
    'Traffic from {{from}} to {{to}} is not mutually verified, so exec, logs and port-forward can be tampered with',
  description:
    '{{from}} connects to {{to}} on port {{port}} to exec into containers, stream logs and forward ports, and {{name}} is not declared mutually authenticated. kube-apiserver does not verify the kubelet serving certificate unless --kubelet-certificate-authority is set, and the kubelet cannot tell the API server from anyone else unless --kubelet-client-certificate and --kubelet-client-key are set; an attacker who can intercept or redirect the connection reads and alters commands and their output.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:1.2.4',
    'cis-kubernetes-1.12.0:1.2.5',
    'cis-kubernetes-1.12.0:4.2.9',
    'cis-kubernetes-1.12.0:4.2.11',
    'design:mutual-tls',
  ],
  cwe: [295, 300],
  capec: [94],
});
