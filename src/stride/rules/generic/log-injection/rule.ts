import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-GEN-005',
  name: 'log-injection',
  category: 'tampering',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'log-server' }, { inbound: { source: { internetFacing: true } } }],
  },
  title: 'Forged entries can be written into {{name}} through log injection',
  description:
    "{{name}} records events from internet-facing components, which log values an attacker controls: user names, URLs, headers, form fields. Written without neutralising line breaks and control characters, such a value becomes a forged log entry — a fake successful login, a fake administrator action — that hides the attacker's real activity, misleads investigators, or attacks the tools used to read the logs.",
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:input-validation', 'design:log-integrity'],
  cwe: [117],
  capec: [93, 81],
  references: ['https://owasp.org/www-community/attacks/Log_Injection'],
});
