import { defineThreatRule } from '../../../rule.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-034',
  name: 'pod-runtime-socket-mount',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: { all: [WORKLOAD, { property: 'mountsDockerSocket', equals: true }] },
  title: '{{name}} mounts the container runtime socket and can take over its node',
  description:
    '{{name}} mounts the Docker or containerd socket from its node through a hostPath volume. Whoever controls the socket can start a privileged container with the host filesystem mounted, read every container of the node and bypass admission control entirely — root on the node for anyone who compromises the pod.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-kubernetes-1.12.0:5.2.11', 'cis-kubernetes-1.12.0:5.2.1', 'design:admission-control'],
  cwe: [250, 668],
  capec: [233],
});
