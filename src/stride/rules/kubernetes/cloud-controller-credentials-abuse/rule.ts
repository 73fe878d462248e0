import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-019',
  name: 'cloud-controller-credentials-abuse',
  category: 'elevation-of-privilege',
  target: 'component',
  appliesTo: {
    all: [{ tech: 'cloud-controller-manager' }, SELF_MANAGED, { outbound: { target: { tech: 'cloud-provider-api' } } }],
  },
  title: 'The cloud credentials of {{name}} let an attacker who abuses it act in the cloud account',
  description:
    '{{name}} calls the cloud provider API with credentials that can create load balancers, attach volumes and change routes. Whoever compromises it, its control-plane node or its credentials file can use them beyond the cluster: open the network to the internet, attach and read other disks, or reach other workloads of the account.',
  likelihood: 'low',
  impact: 'high',
  mitigations: ['design:cloud-identity-least-privilege', 'design:secrets-management', 'design:short-lived-credentials'],
  cwe: [522, 250],
  capec: [560],
  references: ['https://kubernetes.io/docs/concepts/architecture/cloud-controller/'],
});
