import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-014',
  name: 'load-balancer-not-ddos-protection',
  category: 'denial-of-service',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'load-balancer' }, { internetFacing: true }],
  },
  title: '{{name}} is not purpose-built DoS protection: floods can exhaust the service behind it',
  description:
    '{{name}} spreads internet traffic over the servers behind it and absorbs some load, but denial-of-service protection is not its dedicated purpose. Without purpose-built rate limiting or DDoS protection, volumetric floods (SYN, UDP, TLS handshakes) and application-layer floods of expensive requests exhaust its connection table or the resources of the servers behind it, and the service suffers an outage.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:ddos-protection', 'design:rate-limiting', 'design:waf'],
  cwe: [770, 400],
  capec: [125, 482, 488],
});
