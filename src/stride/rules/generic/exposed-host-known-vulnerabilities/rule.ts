import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-GEN-019',
  name: 'exposed-host-known-vulnerabilities',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: {
    all: [{ any: [{ property: 'os' }, { tech: 'operating-system' }] }, { internetFacing: true }],
  },
  title: 'Known vulnerabilities in the software of internet-facing {{name}} can give an attacker code execution',
  description:
    '{{name}} is reachable from the internet and runs a full operating system with server software that must be kept patched. Scanners find unpatched versions within days of a disclosure; a missed update of the operating system, the server or one of its modules (or a release past its end of life) lets a remote attacker run code on the host with the privileges of the vulnerable service, and escalate from there.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:patching', 'design:host-hardening'],
  cwe: [1104, 1395],
  capec: [310],
});
