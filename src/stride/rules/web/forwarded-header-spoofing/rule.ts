import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-003',
  name: 'forwarded-header-spoofing',
  category: 'spoofing',
  target: 'flow',
  appliesTo: {
    all: [{ source: { tech: ['load-balancer', 'reverse-proxy'] } }, { target: { tech: ['web-application', 'api'] } }],
  },
  title: '{{to}} may take a client-forged X-Forwarded-For passed on by {{from}} as the client address',
  description:
    'Behind {{from}}, {{to}} sees the proxy as its peer and learns the client address from forwarding headers (X-Forwarded-For, Forwarded, X-Real-IP). If it trusts those headers from any hop, or {{from}} appends to a client-supplied header instead of replacing it, a client can claim any source address: IP allow-lists of the admin login, per-client rate limits and lockouts are bypassed, and the logs record a forged origin.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:trusted-proxy-headers'],
  cwe: [348, 290],
  capec: [],
});
