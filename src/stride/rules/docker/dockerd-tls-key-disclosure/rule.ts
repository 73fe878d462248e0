import { defineThreatRule } from '../../../rule.js';
import { DAEMON_SERVES_TLS } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-012',
  name: 'dockerd-tls-key-disclosure',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: DAEMON_SERVES_TLS,
  title: 'The TLS private key of {{name}} can be read and used to impersonate the daemon',
  description:
    '{{name}} proves its identity to clients with the server key given by --tlskey. A key file readable by anyone but root can be copied by a local user, or by a container that mounts the host path, and used to impersonate the daemon to every client that trusts its CA, collecting their commands, build contexts and registry credentials. The key must be owned root:root with mode 400.',
  likelihood: 'low',
  impact: 'high',
  mitigations: ['cis-docker-1.6.0:3.13', 'cis-docker-1.6.0:3.14', 'cis-docker-1.6.0:1.1.6', 'design:host-hardening'],
  cwe: [732, 522],
  capec: [639],
});
