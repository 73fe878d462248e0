import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-007',
  name: 'client-side-price-tampering',
  category: 'tampering',
  target: 'component',
  appliesTo: {
    all: [{ tech: ['web-application', 'api'] }, { outbound: { target: { tech: 'payment-gateway' } } }],
  },
  title: 'Prices and amounts that {{name}} charges may be taken from tampered client requests',
  description:
    '{{name}} sends charges to a payment gateway. If the amount, currency, discount, quantity or item price is taken from the browser (hidden form fields, cart cookies, API parameters) instead of being recomputed on the server from the catalogue, an attacker modifies pricing in their favour: pays less, pays nothing, or buys in a cheaper currency.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:server-side-pricing', 'design:input-validation'],
  cwe: [472, 602],
  capec: [162, 39],
});
