import { defineThreatRule } from '../../../rule.js';
import { DOCKER_CONTAINER } from '../predicates.js';

export default defineThreatRule({
  id: 'T-DKR-028',
  name: 'docker-image-vulnerable-libraries',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: DOCKER_CONTAINER,
  title: 'Flawed libraries in the image of {{name}} can be exploited to gain privileges',
  description:
    'Every image layer brings operating system packages and libraries, many never used by the application, and any of them can have known vulnerabilities. An attacker exploits one to run code in {{name}}, then uses setuid binaries, leftover tools and whatever privileges the container was given (such as --privileged) to escalate. Images that are not scanned and rebuilt keep their flaws long after the fixes ship.',
  likelihood: 'high',
  impact: 'medium',
  mitigations: [
    'cis-docker-1.6.0:4.4',
    'cis-docker-1.6.0:4.3',
    'cis-docker-1.6.0:4.8',
    'cis-docker-1.6.0:5.26',
    'design:image-scanning',
    'design:patching',
  ],
  cwe: [1395, 1104],
  capec: [],
});
