import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-016',
  name: 'docker-net-raw-spoofing',
  category: 'spoofing',
  target: 'component',
  // NET_RAW is in Docker's default capability set: only dropping all capabilities (without adding it back) removes it.
  appliesTo: {
    all: [
      DOCKER_CONTAINER,
      {
        any: [
          { not: { property: 'dropsAllCapabilities', equals: true } },
          { property: 'capabilitiesAdded', includes: ['NET_RAW', 'CAP_NET_RAW', 'ALL'] },
        ],
      },
    ],
  },
  title: '{{name}} keeps CAP_NET_RAW and can create spoofed network traffic',
  description:
    "Docker's default capability set includes NET_RAW, which lets a process open raw sockets. An attacker with access to {{name}} can craft packets with any source address: ARP and DNS spoofing against other containers on the same bridge network, forged replies, and traffic that appears to come from another container or from the host. Few applications need NET_RAW; remove it, or drop all capabilities and add back only the ones the container needs.",
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['cis-docker-1.6.0:5.4', 'cis-docker-1.6.0:2.2', 'design:network-segmentation'],
  cwe: [250],
  capec: [594],
  references: ['https://docs.docker.com/engine/containers/run/#runtime-privilege-and-linux-capabilities'],
});
