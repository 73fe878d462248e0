import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-DKR-013',
  name: 'dockerd-api-unauthenticated',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: {
    all: [
      { tech: 'docker-daemon' },
      {
        any: [
          { property: 'authentication', equals: 'none' },
          { property: 'authentication', equals: 'anonymous' },
          // Without TLS the Docker API cannot authenticate anyone: a plaintext TCP socket is open to all who reach it.
          { inbound: { all: [{ crossesBoundary: true }, { encrypted: false }, { authenticated: false }] } },
          { inbound: { all: [{ fromInternet: true }, { authenticated: false }] } },
        ],
      },
    ],
  },
  title: 'The Docker API of {{name}} can be used without authentication to gain root on the host',
  description:
    "Anyone who can reach the unauthenticated API of {{name}} (a plain TCP socket such as port 2375, or a TLS socket that does not verify client certificates) can do everything the root-owned daemon can: start a privileged container that mounts the host's root filesystem, read the environment and secrets of every container, or deploy cryptominers. Exposed Docker APIs are found by internet-wide scans and exploited within hours.",
  likelihood: 'high',
  impact: 'high',
  mitigations: [
    'cis-docker-1.6.0:2.7',
    'cis-docker-1.6.0:2.12',
    'design:authentication-required',
    'design:admin-interface-isolation',
    'design:network-segmentation',
  ],
  cwe: [306],
  capec: [],
  references: ['https://docs.docker.com/engine/security/protect-access/'],
});
