import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-008',
  name: 'http-request-smuggling',
  category: 'tampering',
  target: 'flow',
  // Only the hop into the application: that is where a smuggled request reaches business logic.
  appliesTo: {
    all: [
      { source: { tech: ['load-balancer', 'reverse-proxy'] } },
      { target: { tech: ['web-application', 'api'] } },
      { protocol: ['http', 'https'] },
    ],
  },
  title: 'Requests smuggled past {{from}} can tamper with what {{to}} receives',
  description:
    "{{from}} forwards HTTP to {{to}} over reused connections. When the two disagree on where a request ends (Content-Length against Transfer-Encoding, obsolete line folding, HTTP/2 downgrade), an attacker hides a second request inside the first: it bypasses the proxy's access rules, is prefixed to another user's request, or poisons the responses other users receive.",
  likelihood: 'low',
  impact: 'high',
  mitigations: ['design:http-normalization', 'design:patching', 'design:waf'],
  cwe: [444],
  capec: [33],
  references: ['https://portswigger.net/web-security/request-smuggling'],
});
