import { defineThreatRule } from '../../../rule.js';
import { SELF_MANAGED } from '../predicates.js';

export default defineThreatRule({
  id: 'T-K8S-015',
  name: 'scheduler-config-tampering',
  category: 'tampering',
  target: 'component',
  appliesTo: { all: [{ tech: 'kube-scheduler' }, SELF_MANAGED] },
  title: 'Tampering with the manifest or kubeconfig of {{name}} lets an attacker decide where pods run',
  description:
    'Whoever can write the static pod manifest, the scheduler configuration or scheduler.conf of {{name}} can run a scheduler that places sensitive pods on a node they control, ignores the taints and affinities meant to keep workloads apart, or reuses its credentials against the API server.',
  likelihood: 'low',
  impact: 'high',
  mitigations: [
    'cis-kubernetes-1.12.0:1.1.5',
    'cis-kubernetes-1.12.0:1.1.6',
    'cis-kubernetes-1.12.0:1.1.15',
    'cis-kubernetes-1.12.0:1.1.16',
    'design:host-hardening',
  ],
  cwe: [732],
  capec: [75],
});
