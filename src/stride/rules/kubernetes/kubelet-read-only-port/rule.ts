import { defineThreatRule } from '../../../rule.js';
import { ANONYMOUS_ALLOWED, SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-022',
  name: 'kubelet-read-only-port',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'kubelet' }, { any: [{ inbound: { port: 10255 } }, { all: [SELF_MANAGED, ANONYMOUS_ALLOWED] }] }],
  },
  title: 'The read-only port of {{name}} discloses pods and node details without authentication',
  description:
    'When readOnlyPort is not 0 (the --read-only-port flag defaults to 10255), the kubelet serves /pods, /spec and metrics with no authentication or authorization at all. {{name}} receives traffic on that port or keeps the unsecured defaults, so anyone on the network can list every pod of the node with its images, environment variables and volumes — reconnaissance for the next step of an attack.',
  likelihood: 'high',
  impact: 'medium',
  mitigations: ['cis-kubernetes-1.12.0:4.2.4', 'design:network-segmentation'],
  cwe: [306, 200],
  capec: [169],
});
