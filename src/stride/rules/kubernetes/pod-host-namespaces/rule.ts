import { defineThreatRule } from '../../../rule.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-032',
  name: 'pod-host-namespaces',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: { all: [WORKLOAD, { property: 'hostNamespaces', includes: ['pid', 'ipc', 'network'] }] },
  title: '{{name}} shares host namespaces and breaks the isolation from its node',
  description:
    'With hostPID, hostIPC or hostNetwork, {{name}} shares the process table, shared memory or network stack of its node: it can inspect and signal host processes and read their environment, use host IPC, and reach services that listen only on the node, such as the kubelet and kube-proxy endpoints — a short step from a container compromise to the node.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:5.2.3',
    'cis-kubernetes-1.12.0:5.2.4',
    'cis-kubernetes-1.12.0:5.2.5',
    'design:namespace-isolation',
  ],
  cwe: [653, 668],
  capec: [233],
});
