import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-GEN-007',
  name: 'log-transport-without-integrity',
  category: 'repudiation',
  target: 'flow',
  appliesTo: {
    all: [{ target: { tech: 'log-server' } }, { any: [{ encrypted: false }, { authenticated: false }] }],
  },
  title: 'Log records sent from {{from}} to {{to}} can be forged, altered or dropped in transit',
  description:
    '{{name}} ships logs over {{protocol}} without both encryption and sender authentication. Plain syslog, and UDP syslog above all, gives no integrity, no proof of origin and no delivery guarantee: anyone on the network can inject records in the name of {{from}}, and an attacker in the path can alter or suppress the real ones. The logs on {{to}} then cannot prove who did what.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:log-integrity', 'design:tls', 'design:mutual-tls'],
  cwe: [924, 345],
  capec: [268, 571],
  references: ['https://www.rfc-editor.org/rfc/rfc5425'],
});
