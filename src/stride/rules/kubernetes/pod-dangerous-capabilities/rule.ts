import { defineThreatRule } from '../../../rule.js';
import { DANGEROUS_CAPABILITIES } from '../../capabilities.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-033',
  name: 'pod-dangerous-capabilities',
  category: 'elevation-of-privilege',
  target: 'component',
  // A privileged container has every capability already and is reported by pod-privileged-container.
  appliesTo: {
    all: [
      WORKLOAD,
      { not: { property: 'privileged', equals: true } },
      { property: 'capabilitiesAdded', includes: DANGEROUS_CAPABILITIES },
    ],
  },
  title: '{{name}} adds Linux capabilities that let it escape its container',
  description:
    '{{name}} adds capabilities such as SYS_ADMIN, SYS_MODULE, SYS_PTRACE, DAC_READ_SEARCH, NET_ADMIN or ALL. Each of them has been used to break out of containers — mounting filesystems, loading kernel modules, injecting into host processes, reading host files by handle, rewriting the node network — so a compromise of the pod becomes a compromise of its node.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-kubernetes-1.12.0:5.2.9', 'cis-kubernetes-1.12.0:5.2.1', 'design:admission-control'],
  cwe: [250],
  capec: [233],
});
