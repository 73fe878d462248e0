import { defineThreatRule } from '../../../rule.js';
import { ANONYMOUS_ALLOWED, SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-020',
  name: 'kubelet-anonymous-auth',
  category: 'spoofing',
  target: 'component',
  appliesTo: { all: [{ tech: 'kubelet' }, SELF_MANAGED, ANONYMOUS_ALLOWED] },
  title: '{{name}} runs unsecured and serves anonymous requests on port 10250',
  description:
    'In a default Kubernetes installation the kubelet runs unsecured: unless authentication.anonymous.enabled is false and a client CA is set, requests to its API on port 10250 are accepted as system:anonymous. {{name}} does not declare an authentication method, so an attacker on the node network — or in any pod of the cluster — can talk to it without credentials and pass for the API server.',
  likelihood: 'high',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:4.2.1',
    'cis-kubernetes-1.12.0:4.2.3',
    'design:authentication-required',
    'design:network-segmentation',
  ],
  cwe: [306, 1188],
  capec: [115],
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/'],
});
