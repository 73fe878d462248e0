import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-010',
  name: 'payment-dispute-repudiation',
  category: 'repudiation',
  target: 'flow',
  appliesTo: {
    all: [{ target: { tech: 'payment-gateway' } }, { carries: 'payment' }],
  },
  title: 'Card payments that {{from}} submits to {{to}} can be disputed without evidence to the contrary',
  description:
    '{{from}} submits card payments to {{to}}. Unless each transaction is bound to the authenticated customer — strong customer authentication (3-D Secure), AVS and CVV results, and a signed, timestamped order record with the account, source address and device — a customer, or a fraudster with a stolen card, can deny the purchase, and the merchant loses the chargeback for lack of proof.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:transaction-signing', 'design:fraud-screening', 'design:audit-logging'],
  cwe: [778],
  capec: [],
});
