import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-013',
  name: 'web-server-information-leakage',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'web-server' }, { internetFacing: true }],
  },
  title: '{{name}} can reveal software versions, files and internal details to anyone on the internet',
  description:
    'With default settings an internet-facing web server announces its name and version (and often the OS) in headers and error pages, may list directories, serves dotfiles, backups and VCS metadata left in the document root (.git/, .env, *.bak) and exposes status pages. Attackers use this to pick exploits for the exact versions and to read configuration, credentials or source code.',
  likelihood: 'high',
  impact: 'low',
  mitigations: ['design:web-server-hardening', 'design:patching'],
  cwe: [200, 548, 538],
  capec: [170, 127],
});
