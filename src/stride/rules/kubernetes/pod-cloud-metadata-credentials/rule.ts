import { defineThreatRule } from '../../../rule.js';
import { WORKLOAD } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-037',
  name: 'pod-cloud-metadata-credentials',
  category: 'information-disclosure',
  target: 'component',
  // A cloud provider API in the model means the nodes are cloud instances with an instance metadata service.
  appliesTo: { all: [WORKLOAD, { modelHas: { tech: 'cloud-provider-api' } }] },
  title: '{{name}} can read the cloud credentials of its node from the instance metadata service',
  description:
    'The cluster runs on cloud instances, and pods reach the instance metadata endpoint of their node (169.254.169.254) unless egress to it is blocked. Whoever compromises {{name}} reads the cloud identity of the node from it and acts in the cloud account with the rights of the node: pull images, read volumes and snapshots, describe or change infrastructure.',
  likelihood: 'medium',
  impact: 'high',
  mitigations: ['design:cloud-identity-least-privilege', 'cis-kubernetes-1.12.0:5.3.2', 'design:network-segmentation'],
  cwe: [522, 668],
  capec: [],
});
