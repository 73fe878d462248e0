import { defineThreatRule } from '../../../rule.js';

export default defineThreatRule({
  id: 'T-K8S-038',
  name: 'ingress-controller-secret-exposure',
  category: 'information-disclosure',
  target: 'component',
  appliesTo: {
    all: [
      {
        any: [{ tech: 'ingress-controller' }, { all: [{ tech: 'ingress' }, { inBoundary: ['cluster', 'namespace'] }] }],
      },
      { internetFacing: true },
    ],
  },
  title: '{{name}} faces the internet and can read Secrets across the cluster',
  description:
    'An ingress controller watches the Ingress objects and TLS Secrets of every namespace and usually runs with a cluster-wide role that may read all Secrets. {{name}} takes traffic from the internet, so one flaw in it or in its admission webhook — as with CVE-2025-1974 ("IngressNightmare") in ingress-nginx — discloses every Secret it can read.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['cis-kubernetes-1.12.0:5.1.2', 'design:patching', 'design:network-segmentation', 'design:waf'],
  cwe: [200, 250],
  capec: [],
  references: ['https://kubernetes.io/blog/2025/03/24/ingress-nginx-cve-2025-1974/'],
});
