import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-016',
  name: 'card-testing',
  category: 'denial-of-service',
  target: 'flow',
  appliesTo: {
    all: [{ target: { tech: 'payment-gateway' } }, { source: { tech: ['web-application', 'api'] } }],
  },
  title: 'Card-testing bots can run stolen cards through {{from}} until {{to}} stops accepting its payments',
  description:
    'Fraudsters use the checkout of {{from}} to find out which stolen card numbers work, with thousands of small authorisations sent through {{name}}. The gateway fees, declines and chargebacks pile up, and {{to}} throttles, flags or suspends the merchant account, so that real customers can no longer pay.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:fraud-screening', 'design:rate-limiting'],
  cwe: [799],
  capec: [212],
  references: ['https://owasp.org/www-project-automated-threats-to-web-applications/assets/oats/EN/OAT-001_Carding'],
});
