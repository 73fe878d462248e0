import { defineThreatRule } from '../../../rule.js';
import { ANONYMOUS_ALLOWED, SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-021',
  name: 'kubelet-always-allow-authorization',
  category: 'elevation-of-privilege',
  target: 'component',
  // The model has no property for the kubelet authorization mode; a kubelet left with default authentication is
  // taken to have the default AlwaysAllow mode too, as in an installation without a kubelet config file.
  appliesTo: { all: [{ tech: 'kubelet' }, SELF_MANAGED, ANONYMOUS_ALLOWED] },
  title: '{{name}} authorizes every request, so any caller can run commands in the pods of its node',
  description:
    'The default authorization mode of the kubelet is AlwaysAllow, and {{name}} keeps the unsecured defaults. Any request that reaches port 10250 may exec into containers, read their environment and mounted Secrets, and open port-forwards: full control of every pod on the node, and of the node itself as soon as one of those pods is privileged.',
  likelihood: 'high',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:4.2.2',
    'cis-kubernetes-1.12.0:4.2.1',
    'cis-kubernetes-1.12.0:5.1.10',
    'design:network-segmentation',
  ],
  cwe: [862, 1188],
  capec: [180, 122],
  references: ['https://kubernetes.io/docs/reference/access-authn-authz/kubelet-authn-authz/#kubelet-authorization'],
});
