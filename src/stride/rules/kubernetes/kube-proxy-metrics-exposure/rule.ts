import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-027',
  name: 'kube-proxy-metrics-exposure',
  category: 'information-disclosure',
  target: 'component',
  // The default metrics address is 127.0.0.1:10249; a flow from another component to that port shows it was moved.
  appliesTo: { all: [{ tech: 'kube-proxy' }, { inbound: { port: 10249 } }] },
  title: 'The metrics endpoint of {{name}} is reachable beyond localhost and discloses cluster services',
  description:
    'kube-proxy binds its metrics server to 127.0.0.1:10249 by default, but {{name}} is scraped on that port by another component, so it listens on a reachable address. The endpoint requires no authentication and discloses the services, endpoints and sync behaviour of the cluster to anyone on the network.',
  likelihood: 'medium',
  impact: 'low',
  mitigations: ['cis-kubernetes-1.12.0:4.3.1', 'design:network-segmentation'],
  cwe: [200, 1327],
  capec: [169],
});
