import { defineThreatRule } from '../../../rule.js';
import { DANGEROUS_CAPABILITIES } from '../../capabilities.js';
import { DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-019',
  name: 'docker-dangerous-capabilities',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: { all: [DOCKER_CONTAINER, { property: 'capabilitiesAdded', includes: DANGEROUS_CAPABILITIES }] },
  title: '{{name}} is granted capabilities that open a path to the host',
  description:
    "Capabilities added to {{name}} beyond Docker's default set (SYS_ADMIN, SYS_MODULE, SYS_PTRACE, SYS_RAWIO, DAC_READ_SEARCH, NET_ADMIN, BPF or ALL) give root in the container power over the host kernel: mounting file systems, loading kernel modules, tracing host processes, opening host files by handle or reconfiguring the network. Several well-known container escapes need nothing more.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-docker-1.6.0:5.4', 'cis-docker-1.6.0:5.2', 'cis-docker-1.6.0:5.3'],
  cwe: [250],
  capec: [],
  references: ['https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities'],
});
