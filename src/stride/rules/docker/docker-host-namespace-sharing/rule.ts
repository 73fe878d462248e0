import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-021',
  name: 'docker-host-namespace-sharing',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: { all: [DOCKER_CONTAINER, { property: 'hostNamespaces' }] },
  title: '{{name}} shares namespaces with the host and is not isolated from it',
  description:
    "Sharing the host's network, PID, IPC, UTS or user namespace (--network host, --pid host, --ipc host, --uts host, --userns host) removes the isolation between {{name}} and the host: it can see and signal host processes, bind host ports and sniff host traffic, read host shared memory, change the host name, or keep real root when user namespace remapping is on. A compromise of the container becomes a compromise of the host.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-docker-1.6.0:5.10',
    'cis-docker-1.6.0:5.16',
    'cis-docker-1.6.0:5.17',
    'cis-docker-1.6.0:5.21',
    'cis-docker-1.6.0:5.31',
    'design:namespace-isolation',
  ],
  cwe: [653, 668],
  capec: [],
});
