import { defineThreatRule } from '../../../rule.js';
import { ANONYMOUS_ALLOWED, SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-001',
  name: 'apiserver-anonymous-auth',
  category: 'spoofing',
  target: 'component',
  appliesTo: { all: [{ tech: 'kube-apiserver' }, SELF_MANAGED, ANONYMOUS_ALLOWED] },
  title: 'Anonymous requests to {{name}} let anyone who reaches it act as system:anonymous',
  description:
    'kube-apiserver serves anonymous requests by default (--anonymous-auth=true) and maps them to the user system:anonymous and the group system:unauthenticated. {{name}} does not declare an authentication method that rules this out, so any caller that reaches the API port is served without credentials: it can probe the cluster, and every RBAC binding that grants those identities more than discovery is open to it, letting an attacker pass for a legitimate client.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:1.2.1',
    'cis-kubernetes-1.12.0:1.2.6',
    'cis-kubernetes-1.12.0:1.2.8',
    'design:authentication-required',
  ],
  cwe: [306, 1188],
  capec: [115],
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/authentication/#anonymous-requests'],
});
