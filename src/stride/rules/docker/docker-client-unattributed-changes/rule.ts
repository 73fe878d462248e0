import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-DKR-003',
  name: 'docker-client-unattributed-changes',
  category: 'repudiation',
  target: 'component',
  appliesTo: {
    all: [
      { tech: 'docker-client' },
      { outbound: { target: { tech: ['docker-daemon', 'image-registry'] } } },
      { not: { property: 'auditLogging', equals: true } },
    ],
  },
  title: 'Changes made through {{name}} cannot be attributed to the person who made them',
  description:
    "Once {{name}} is compromised, the attacker's commands reach the daemon and the registry with the administrator's credentials and look exactly like legitimate work. Neither the client's activity nor the daemon's API calls are recorded with the identity of a person, so an illegitimate change to a Dockerfile, an image or a container cannot be told apart from a legitimate one afterwards, and an administrator can deny a change they made.",
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:endpoint-protection', 'cis-docker-1.6.0:2.12', 'cis-docker-1.6.0:2.13', 'design:audit-logging'],
  cwe: [778],
  capec: [],
  references: ['https://docs.docker.com/engine/extend/plugins_authorization/'],
});
