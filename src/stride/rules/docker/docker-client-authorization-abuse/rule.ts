import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-DKR-006',
  name: 'docker-client-authorization-abuse',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: { all: [{ tech: 'docker-client' }, { outbound: { target: { tech: 'docker-daemon' } } }] },
  title: 'A compromised {{name}} gives an attacker privileged control of the Docker host',
  description:
    "Access to the Docker API amounts to root on the host. Whoever can run docker commands through {{name}} can start a privileged container, mount the host's root filesystem or the Docker socket, and reconfigure the daemon, all under the administrator's authorization and with every built-in isolation control bypassed. The machine running the client is often an engineer's workstation running in a privileged context, which malware can control remotely.",
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'design:endpoint-protection',
    'cis-docker-1.6.0:1.1.2',
    'cis-docker-1.6.0:2.12',
    'cis-docker-1.6.0:2.1',
    'design:mfa',
    'design:patching',
  ],
  cwe: [269, 250],
  capec: [122],
  references: ['https://docs.docker.com/engine/security/#docker-daemon-attack-surface'],
});
