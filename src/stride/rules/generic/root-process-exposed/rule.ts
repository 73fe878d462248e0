import { defineThreatRule } from '../../../rule.js';
import { CONTAINER_PLATFORM } from '../predicates.js';

export default defineThreatRule({
  id: 'T-GEN-017',
  name: 'root-process-exposed',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: {
    all: [
      { kind: ['process', 'service'] },
      { property: 'runsAsRoot', equals: true },
      { any: [{ internetFacing: true }, { inbound: { crossesBoundary: true } }] },
      { not: CONTAINER_PLATFORM },
    ],
  },
  title: '{{name}} runs as root while handling input from outside its trust boundary',
  description:
    '{{name}} processes requests that come from another trust boundary and runs as root. Any exploitable flaw in it — a parser bug, a vulnerable module, a command injection — hands the attacker full control of the host instead of one unprivileged account: they can read every secret on it, install persistence and pivot.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:unprivileged-service-account', 'design:host-hardening', 'design:patching'],
  cwe: [250],
  capec: [69],
});
