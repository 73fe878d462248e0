import { defineThreatRule } from '../../../rule.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-036',
  name: 'pod-service-account-token-theft',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: {
    all: [WORKLOAD, { any: [{ internetFacing: true }, { inbound: { source: { tech: 'ingress' } } }] }],
  },
  title: 'The service-account token mounted in {{name}} is exposed to whoever compromises it from the internet',
  description:
    'Kubernetes mounts a service-account token into every pod unless automountServiceAccountToken is false. {{name}} serves traffic from the internet, so an attacker who exploits it — remote code execution, path traversal, server-side request forgery — reads /var/run/secrets/kubernetes.io/serviceaccount/token and calls the API server with the identity of the pod.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['cis-kubernetes-1.12.0:5.1.5', 'cis-kubernetes-1.12.0:5.1.6', 'cis-kubernetes-1.12.0:1.2.30'],
  cwe: [522, 668],
  capec: [560],
  references: ['https://kubernetes.io/docs/concepts/security/service-accounts/'],
});
