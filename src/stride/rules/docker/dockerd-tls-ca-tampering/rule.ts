import { defineThreatRule } from '../../../rule.js';
import { DAEMON_SERVES_TLS } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-009',
  name: 'dockerd-tls-ca-tampering',
  category: 'tampering',
  target: 'component',
  appliesTo: DAEMON_SERVES_TLS,
  title: 'The TLS CA certificate file of {{name}} can be tampered with to let forged certificates in',
  description:
    '{{name}} authenticates TLS peers against the CA certificate file given by --tlscacert, and clients use the same CA to authenticate the daemon. If that file or the server certificate next to it can be modified by anyone but root, a less privileged user or process can swap in their own CA and present certificates the daemon accepts, or make clients trust a rogue daemon. The CA and server certificate files must be owned root:root and be read-only.',
  likelihood: 'low',
  impact: 'high',
  mitigations: [
    'cis-docker-1.6.0:3.9',
    'cis-docker-1.6.0:3.10',
    'cis-docker-1.6.0:3.11',
    'cis-docker-1.6.0:3.12',
    'cis-docker-1.6.0:1.1.6',
  ],
  cwe: [732],
  capec: [75],
  references: [
    'https://docs.docker.com/engine/security/protect-access/#use-tls-https-to-protect-the-docker-daemon-socket',
  ],
});
