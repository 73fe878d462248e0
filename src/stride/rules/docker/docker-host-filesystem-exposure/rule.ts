import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-DKR-011',
  name: 'docker-host-filesystem-exposure',
  category: 'information-disclosure',
  target: 'component',
  // The host carries the threat; a model without a docker-host component gives it to the daemon instead.
  appliesTo: {
    any: [
      { tech: 'docker-host' },
      { all: [{ tech: 'docker-daemon' }, { not: { modelHas: { tech: 'docker-host' } } }] },
    ],
  },
  title: 'A misconfigured file system on {{name}} can expose container data and Docker secrets',
  description:
    "The Docker host keeps every container's writable layer, volumes and image layers under /var/lib/docker, the daemon's TLS keys and configuration under /etc/docker and the Docker socket under /run. Insecure defaults and misconfiguration (no separate partition, key or configuration files readable by other users, untrusted members in the docker group, sensitive host directories bind-mounted into containers) let a local user or a container read secrets, other containers' data and keys that impersonate the daemon on {{name}}.",
  likelihood: 'medium',
  impact: 'medium',
  mitigations: [
    'cis-docker-1.6.0:1.1.1',
    'cis-docker-1.6.0:1.1.2',
    'cis-docker-1.6.0:1.2.1',
    'cis-docker-1.6.0:3.6',
    'cis-docker-1.6.0:3.14',
    'cis-docker-1.6.0:3.16',
    'cis-docker-1.6.0:5.6',
    'design:host-hardening',
  ],
  cwe: [732, 276],
  capec: [639],
});
