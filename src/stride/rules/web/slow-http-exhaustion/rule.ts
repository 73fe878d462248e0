import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-WEB-015',
  name: 'slow-http-exhaustion',
  category: 'denial-of-service',
  target: 'component',
  // Proxies that are also load balancers (HAProxy, Envoy, Traefik) get T-WEB-014.
  appliesTo: {
    all: [{ tech: ['web-server', 'reverse-proxy'] }, { internetFacing: true }, { not: { tech: 'load-balancer' } }],
  },
  title: 'Slow or oversized requests can tie up the connections of {{name}}',
  description:
    '{{name}} holds a connection and buffers for every request it serves to the internet. Clients that send headers or bodies a byte at a time (Slowloris, slow POST), open many idle keep-alive connections, or send huge bodies and header sets keep those slots busy with very little bandwidth, until {{name}} turns legitimate users away.',
  likelihood: 'medium',
  impact: 'medium',
  mitigations: ['design:rate-limiting', 'design:resource-limits', 'design:ddos-protection'],
  cwe: [400, 770],
  capec: [469],
});
