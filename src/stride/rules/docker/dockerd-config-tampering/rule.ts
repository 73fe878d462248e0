import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CLIENT } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-008',
  name: 'dockerd-config-tampering',
  category: 'tampering',
  target: 'component',
  appliesTo: { all: [{ tech: 'docker-daemon' }, { inbound: { source: DOCKER_CLIENT } }] },
  title: 'A compromised Docker client can tamper with the configuration of {{name}}',
  description:
    'The configuration of {{name}} (daemon.json, the docker.service and docker.socket units, /etc/default/docker or /etc/sysconfig/docker) decides TLS, user namespaces, logging, trusted registries and the default security options of every container. A compromised client can rewrite it, directly when it runs on the host or through the API by starting a container that bind-mounts /etc/docker, and quietly switch protections off (add an insecure registry, drop TLS verification or user namespace remapping) from the next daemon restart on.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: [
    'cis-docker-1.6.0:3.17',
    'cis-docker-1.6.0:3.18',
    'cis-docker-1.6.0:3.1',
    'cis-docker-1.6.0:3.5',
    'cis-docker-1.6.0:1.1.11',
    'cis-docker-1.6.0:2.12',
  ],
  cwe: [15, 732],
  capec: [75, 176],
  references: ['https://docs.docker.com/reference/cli/dockerd/#daemon-configuration-file'],
});
