import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-012',
  name: 'card-data-in-logs',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'log-server' }, { inbound: { source: { handles: ['payment', 'credentials', 'pii'] } } }],
  },
  title: 'Card numbers, credentials or personal data can leak into the logs on {{name}}',
  description:
    '{{name}} collects logs from components that handle payment card data, credentials or personal data. A misconfigured log level, a debug statement, or logging of request bodies, URLs (card numbers in query strings) and headers (Authorization, cookies) writes that data into logs — which are widely readable, kept for long and rarely encrypted — disclosing it to people not authorised to see it and bringing {{name}} into PCI DSS scope.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:log-redaction', 'design:payment-tokenization', 'design:encryption-at-rest'],
  cwe: [532],
  capec: [],
  references: ['https://cheatsheetseries.owasp.org/cheatsheets/Logging_Cheat_Sheet.html#data-to-exclude'],
});
