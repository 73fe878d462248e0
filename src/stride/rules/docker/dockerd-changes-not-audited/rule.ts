import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-DKR-010',
  name: 'dockerd-changes-not-audited',
  category: 'repudiation',
  target: 'component',
  appliesTo: { all: [{ tech: 'docker-daemon' }, { not: { property: 'auditLogging', equals: true } }] },
  title: 'Illegitimate changes to {{name}} and its files are not audited',
  description:
    'Docker does not audit by default: nothing records who changed the daemon binary, its configuration (/etc/docker, daemon.json, the systemd unit and socket) or the state under /var/lib/docker, and the daemon log names no user for an API call. A user who makes an illegitimate change to {{name}}, or an attacker using their account, can deny it, and the misconfiguration it leaves behind cannot be traced back to anyone.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: [
    'cis-docker-1.6.0:1.1.3',
    'cis-docker-1.6.0:1.1.5',
    'cis-docker-1.6.0:1.1.6',
    'cis-docker-1.6.0:1.1.7',
    'cis-docker-1.6.0:1.1.9',
    'cis-docker-1.6.0:1.1.11',
    'cis-docker-1.6.0:2.13',
    'design:audit-logging',
  ],
  cwe: [778],
  capec: [],
});
